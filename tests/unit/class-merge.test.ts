import { describe, expect, it } from 'vitest';
import { mergeClass } from '@/domain/class/merge';
import { parseHandIn, type ParsedFile } from '@/domain/class/parse';
import { readPicked, type PickedFile } from '@/domain/class/sources';
import { summariseClass } from '@/domain/class/summarise';
import { classCourseFrom, lastNameIn } from '@/domain/class/trainee';
import { NO_FILTER, visibleRows, type SortOrder } from '@/domain/class/view-rows';
import { builtInCourse, builtInFingerprint } from '@/domain/course/active';
import { DEFAULT_REQUIRED, expectedStuck, generatedClass, handInFile, type TraineeSpec } from '../support/class-files';
import { buildZip } from '../support/zip-builder';

const DAY0 = Date.UTC(2026, 10, 20);
const course = classCourseFrom(builtInCourse, [builtInFingerprint]);
const byName: SortOrder = { key: 'name', descending: false };
const ours = { slug: builtInCourse.slug, name: builtInCourse.name, fingerprint: builtInFingerprint };
const file = (label: string, spec: TraineeSpec): ParsedFile =>
  parseHandIn(label, JSON.stringify(handInFile({ course: ours, ...spec })));
const picked = (name: string, content: string | Uint8Array, size?: number): PickedFile => {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, size: size ?? bytes.length, arrayBuffer: async () => bytes.slice().buffer };
};

describe('parsing hand-in files', () => {
  it('accepts an export and says why anything else is not one, without echoing its content', () => {
    expect(parseHandIn('a.json', JSON.stringify(handInFile({ done: 2, course: ours }))).ok).toBe(true);
    expect(parseHandIn('b.json', '{"format": ')).toEqual({
      ok: false,
      rejected: { label: 'b.json', problem: { code: 'not-json' } },
    });
    const notOurs = parseHandIn('c.json', JSON.stringify({ notes: 'secret text' }));
    expect(notOurs.ok).toBe(false);
    if (!notOurs.ok) {
      expect(notOurs.rejected.problem).toMatchObject({ code: 'not-export' });
      expect(JSON.stringify(notOurs.rejected.problem)).not.toContain('secret text');
    }
    const badEvent = handInFile({ done: 1, course: ours }) as unknown as { events: Array<{ state: string }> };
    badEvent.events[0]!.state = 'finished';
    expect(parseHandIn('d.json', JSON.stringify(badEvent))).toMatchObject({
      ok: false,
      rejected: { problem: { code: 'not-export', detail: 'events.0.state: invalid_value' } },
    });
  });

  it('reads picked files, zips of them and folders; refuses the rest with a reason, each file whole or not at all', async () => {
    const good = JSON.stringify(handInFile({ name: 'Núñez', done: 3, course: ours }));
    const zip = buildZip([
      { name: 'a/okafor.json', data: JSON.stringify(handInFile({ name: 'Okafor', done: 5, course: ours })) },
      { name: 'a/notes.txt', data: 'hello' },
    ]);
    const results = await readPicked([
      picked('nunez.json', `\uFEFF${good}`),
      { ...picked('smith.json', good), webkitRelativePath: 'class/week1/smith.json' },
      picked('class.zip', zip),
      picked('photo.png', 'png'),
      picked('latin1.json', new Uint8Array([0x7b, 0x22, 0xf1, 0x22, 0x7d])),
      picked('huge.json', '{}', 50 * 1024 * 1024),
      picked('broken.zip', 'PK not really'),
    ]);
    expect(
      results.map((r) => (r.ok ? `ok ${r.file.label}` : `${r.rejected.label}: ${JSON.stringify(r.rejected.problem)}`)),
    ).toEqual([
      'ok nunez.json',
      'ok class/week1/smith.json',
      'ok class.zip › a/okafor.json',
      'class.zip › a/notes.txt: {"code":"not-progress-file"}',
      'photo.png: {"code":"not-progress-file"}',
      'latin1.json: {"code":"not-json"}',
      'huge.json: {"code":"too-large","limitMb":20}',
      'broken.zip: {"code":"zip","problem":"not-zip"}',
    ]);
  });
});

describe('merging a class', () => {
  it('puts files of another build of this course in the table, marked, and lists only other courses apart', () => {
    const view = mergeClass(
      [
        file('ours.json', { name: 'García', done: 4 }),
        file('other-course.json', {
          name: 'Chen',
          done: 4,
          course: { slug: 'genomics-101', name: 'Genomics', fingerprint: 'abcdef1234' },
        }),
        file('other-build.json', {
          name: 'Smith',
          done: 4,
          namespace: 'n2',
          course: { ...ours, fingerprint: '0000000000' },
        }),
        parseHandIn('no-course.json', JSON.stringify(handInFile({ name: 'Haddad', done: 1 }))),
      ],
      course,
    );
    expect(view.rows.map((r) => [r.name, r.course.fingerprint, r.otherBuild])).toEqual([
      ['García', builtInFingerprint, false],
      ['Smith', '0000000000', true],
    ]);
    expect(view.otherCourse.map((f) => [f.label, f.reason])).toEqual([
      ['other-course.json', 'other-course'],
      ['no-course.json', 'no-course'],
    ]);
    expect(summariseClass(view.rows)).toMatchObject({ trainees: 2, fromOtherBuilds: 1 });
    expect(visibleRows(view.rows, { ...NO_FILTER, attention: 'other-build' }, byName).map((r) => r.name)).toEqual([
      'Smith',
    ]);
    // Control: without the filter both builds are listed.
    expect(visibleRows(view.rows, NO_FILTER, byName)).toHaveLength(2);
  });

  it('keeps the newest file of a trainee whichever build it comes from', () => {
    const view = mergeClass(
      [
        file('old-build.json', {
          name: 'Okafor',
          done: 3,
          exportedAt: DAY0,
          course: { ...ours, fingerprint: '0000000000' },
        }),
        file('this-build.json', { name: 'Okafor', done: 5, exportedAt: DAY0 + 1_000 }),
      ],
      course,
    );
    expect(view.rows.map((r) => [r.label, r.otherBuild])).toEqual([['this-build.json', false]]);
    expect(view.duplicates.map((d) => d.label)).toEqual(['old-build.json']);
  });

  it('keeps the newest file of one trainee and names the older ones, but keeps two trainees of the same name with their own workspaces', () => {
    const view = mergeClass(
      [
        file('garcia-monday.json', { name: 'García', done: 3, exportedAt: DAY0 + 1_000, namespace: 'aou-rw-1' }),
        file('garcia-friday.json', { name: ' garcía ', done: 9, exportedAt: DAY0 + 5_000, namespace: 'aou-rw-1' }),
        file('garcia-early.json', { name: 'García', done: 1, exportedAt: DAY0 + 500 }),
        file('other-garcia.json', { name: 'García', done: 10, exportedAt: DAY0 + 2_000, namespace: 'aou-rw-2' }),
      ],
      course,
    );
    expect(view.rows.map((r) => [r.label, r.journey.done])).toEqual([
      ['garcia-friday.json', 9],
      ['other-garcia.json', 10],
    ]);
    expect(view.duplicates.map((d) => [d.label, d.keptLabel])).toEqual([
      ['garcia-monday.json', 'garcia-friday.json'],
      ['garcia-early.json', 'garcia-friday.json'],
    ]);
  });

  it('names a trainee from the file, else from the workspace name by the course rule, else from the file name', () => {
    const view = mergeClass(
      [
        file('a.json', { name: 'Zoë Müller', done: 10 }),
        file('b.json', { done: 10, namespace: 'aou-rw-7', workspaceName: 'okafortraining' }),
        file('class/week1/haddad.json', { done: 2 }),
      ],
      course,
    );
    expect(view.rows.map((r) => [r.name, r.nameOrigin])).toEqual([
      ['haddad', 'file-name'],
      ['okafor', 'workspace'],
      ['Zoë Müller', 'file'],
    ]);
    expect(lastNameIn('Okafor_CWML_training', '{lastName}_CWML_training')).toBe('okafor');
    expect(lastNameIn('somethingelse', '{lastName}_CWML_training')).toBeUndefined();
  });

  it('marks each step done / pending / not needed with its date and whether the trainee ticked it by hand', () => {
    const view = mergeClass(
      [file('a.json', { name: 'Smith', done: 4, manual: ['first-sign-in'], workspaceName: 'smith_training' })],
      course,
    );
    const cells = Object.fromEntries(view.rows[0]!.steps.map((c) => [c.step, c]));
    expect(cells['account-details']).toMatchObject({ view: 'done', source: 'page' });
    expect(cells['first-sign-in']).toMatchObject({ view: 'done', source: 'manual', at: expect.any(Number) });
    expect(cells['two-factor']).toEqual({ step: 'two-factor', view: 'pending' });
    expect(cells['ct-training']).toEqual({ step: 'ct-training', view: 'not-needed' });
    expect(view.rows[0]).toMatchObject({ next: 'two-factor', manualSteps: 1 });
  });

  it('checks the workspace name against the course rule', () => {
    const view = mergeClass(
      [
        file('a.json', { name: 'Smith', done: 10, workspaceName: 'smithtraining' }),
        file('b.json', { name: 'Chen', done: 10, namespace: 'n2', workspaceName: 'myproject' }),
      ],
      course,
    );
    expect(view.rows.map((r) => [r.name, r.workspaceFollowsRule])).toEqual([
      ['Chen', false],
      ['Smith', true],
    ]);
  });
});

describe('summarising a class', () => {
  it('counts, per step, the trainees who have it as their next step, and who finished each part', () => {
    const generated = generatedClass(300, ours).map(({ name, data }) => parseHandIn(name, JSON.stringify(data)));
    const view = mergeClass(generated, course);
    expect(view.rows).toHaveLength(300);
    const summary = summariseClass(view.rows);
    expect(new Map(summary.stuck.map((s) => [s.step, s.count]))).toEqual(expectedStuck(300));
    // i mod 12 = 11 finished everything: 25 of 300 (i = 11, 23, …, 299).
    expect(summary.finishedAll).toBe(25);
    // The account part is its first 4 steps: i mod 12 ≥ 4.
    const accountDone = Array.from({ length: 300 }, (_, i) => i % 12).filter((k) => k >= 4).length;
    expect(summary.parts.find((p) => p.part === 'account')!.finished).toBe(accountDone);
    expect(DEFAULT_REQUIRED).toHaveLength(11);
  });
});
