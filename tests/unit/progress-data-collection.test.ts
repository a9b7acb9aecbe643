// The step "data-collection-added" (Researcher Workbench 2.0) with its tier, through the store, its export and import,
// the messages a content script sends and the class view; files and databases from before the step still load.
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { DB_VERSION, MIGRATIONS, ProgressStore } from '@/background/progress-store';
import { builtInCourse, builtInFingerprint } from '@/domain/course/active';
import { classCsv } from '@/domain/class/class-csv';
import { mergeClass } from '@/domain/class/merge';
import { parseHandIn } from '@/domain/class/parse';
import { classCourseFrom } from '@/domain/class/trainee';
import { progressEventInputSchema, type ProgressEventInput } from '@/domain/progress/events';
import { checkExport } from '@/domain/progress/export-format';
import { describeJourney } from '@/domain/progress/journey';
import { readStatusRow } from '@/domain/progress/status-rows';
import { notRequiredSteps } from '@/domain/progress/requirements';
import { requestSchema } from '@/messaging/schema';

let dbCount = 0;
const freshName = () => `data-collection-test-${++dbCount}`;
const clock = () => {
  let now = 1_780_000_000_000;
  return () => (now += 1000);
};
const T0 = Date.UTC(2026, 10, 2, 15);
const WORKSPACE = { namespace: 'workbench.verily.com/garcia-cwml-training', name: 'Garcia_CWML_training' };
const added = (tier: 'registered' | 'controlled'): ProgressEventInput => ({
  step: 'data-collection-added',
  state: 'done',
  source: 'workbench.verily.com/workspaces/garcia-cwml-training',
  workspace: WORKSPACE,
  tier,
});

/** A hand-in file as an earlier version wrote it: no data-collection step, no tier field anywhere. */
const OLD_FILE = {
  format: 'workbench-companion-progress',
  version: 1,
  exportedAt: T0 + 20 * 86_400_000,
  course: { slug: builtInCourse.slug, name: builtInCourse.name, fingerprint: builtInFingerprint },
  trainee: { name: 'Okafor' },
  events: [
    { id: 1, step: 'account-institution', state: 'done', source: '/login', at: T0 },
    {
      id: 2,
      step: 'two-factor',
      state: 'done',
      source: '/data-access-requirements',
      shownDate: 'Nov 3, 2026',
      at: T0 + 1,
    },
    {
      id: 3,
      step: 'workspace-created',
      state: 'done',
      source: 'workbench.verily.com/workspaces/okafor-cwml-training',
      workspace: { namespace: 'workbench.verily.com/okafor-cwml-training', name: 'Okafor_CWML_training' },
      at: T0 + 2,
    },
  ],
};

describe('data-collection-added in the store', () => {
  it('is recorded with its tier; another tier is a new event, the same report again is not', async () => {
    const store = new ProgressStore(freshName(), clock());
    expect(await store.record([added('registered')])).toHaveLength(1);
    expect(await store.record([added('registered')])).toHaveLength(0);
    expect(await store.record([added('controlled')])).toHaveLength(1);
    expect((await store.readSteps())['data-collection-added']).toMatchObject({ state: 'done', tier: 'controlled' });
  });

  it('exports the tier, and an import of that file restores it', async () => {
    const source = new ProgressStore(freshName(), clock());
    await source.record([added('controlled')]);
    const exported = await source.exportData({ slug: 'c', name: 'Course', fingerprint: 'abc' });
    expect(exported.events[0]).toMatchObject({ step: 'data-collection-added', tier: 'controlled' });
    const checked = checkExport(JSON.parse(JSON.stringify(exported)));
    expect(checked.ok).toBe(true);
    const target = new ProgressStore(freshName(), clock());
    if (checked.ok) await target.replaceWith(checked.data);
    expect((await target.readSteps())['data-collection-added']?.tier).toBe('controlled');
  });

  it('an export from before the step still imports, and the step is then pending', async () => {
    const checked = checkExport(structuredClone(OLD_FILE));
    expect(checked).toMatchObject({ ok: true });
    const store = new ProgressStore(freshName(), clock());
    if (checked.ok) await store.replaceWith(checked.data);
    const steps = await store.readSteps();
    expect(Object.keys(steps).sort()).toEqual(['account-institution', 'two-factor', 'workspace-created']);
    const journey = describeJourney(steps, notRequiredSteps(builtInCourse));
    const part3 = journey.parts.find((part) => part.part.id === 'workspace')!;
    expect(part3.steps.map((s) => [s.step.id, s.view])).toEqual([
      ['workspace-created', 'done'],
      ['research-use-statement', 'pending'],
      ['data-collection-added', 'pending'],
      ['workspace-shared', 'not-needed'],
    ]);
  });

  it('a database written before the step opens at the same version (no migration needed) and takes the step', async () => {
    // The stores are keyed by step name and the tier is an optional field: nothing stored changes shape.
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect(DB_VERSION).toBe(2);
    const name = freshName();
    const store = new ProgressStore(name, clock());
    await store.record([{ step: 'ducc', state: 'done', source: '/data-access-requirements' }]);
    store.close();
    const raw = await openDB(name, DB_VERSION);
    const rows = await raw.getAll('current');
    expect(rows).toEqual([expect.not.objectContaining({ tier: expect.anything() })]);
    raw.close();
    const reopened = new ProgressStore(name, clock());
    await reopened.record([added('registered')]);
    expect(Object.keys(await reopened.readSteps()).sort()).toEqual(['data-collection-added', 'ducc']);
  });

  it('refuses an unknown tier in a file, a message or a stored row', () => {
    // The store says so in the console when it skips a row; here that is expected, not noise.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const file = structuredClone(OLD_FILE) as { events: Array<Record<string, unknown>> };
    file.events.push({ ...added('registered'), id: 4, at: T0 + 3, tier: 'gold' });
    expect(checkExport(file)).toMatchObject({ ok: false, problems: [expect.stringContaining('events.3.tier')] });
    expect(progressEventInputSchema.safeParse({ ...added('registered'), tier: 'gold' }).success).toBe(false);
    expect(requestSchema.safeParse({ type: 'progress/record', events: [added('controlled')] }).success).toBe(true);
    expect(readStatusRow({ ...added('registered'), at: T0, tier: 'gold' })).toBeUndefined();
    expect(readStatusRow({ ...added('registered'), at: T0 })).toMatchObject({ tier: 'registered' });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ignored a stored progress record'), expect.anything());
    warn.mockRestore();
  });
});

describe('data-collection-added in the class view', () => {
  const course = classCourseFrom(builtInCourse, [builtInFingerprint]);
  const newFile = {
    ...structuredClone(OLD_FILE),
    trainee: { name: 'García' },
    events: [...OLD_FILE.events, { ...added('registered'), id: 4, at: T0 + 3 }],
  };

  it('merges an earlier file (step pending) and a new one (done, with the tier) into one table', () => {
    const view = mergeClass(
      [parseHandIn('old.json', JSON.stringify(OLD_FILE)), parseHandIn('new.json', JSON.stringify(newFile))],
      course,
    );
    const cell = (name: string) =>
      view.rows.find((row) => row.name === name)!.steps.find((c) => c.step === 'data-collection-added');
    expect(view.rows).toHaveLength(2);
    expect(cell('Okafor')).toEqual({ step: 'data-collection-added', view: 'pending' });
    expect(cell('García')).toMatchObject({ view: 'done', tier: 'registered', source: 'page' });
    expect(classCsv(view.rows)).toContain('Registered Tier');
  });

  it('a legacy course does not ask for it', () => {
    const legacy = classCourseFrom(
      { ...builtInCourse, workspace: { ...builtInCourse.workspace, platform: 'legacy' } },
      [builtInFingerprint],
    );
    const view = mergeClass([parseHandIn('old.json', JSON.stringify(OLD_FILE))], legacy);
    expect(view.rows[0]!.steps.find((c) => c.step === 'data-collection-added')?.view).toBe('not-needed');
  });
});
