import { describe, expect, it } from 'vitest';
import { builtInCourse } from '@/domain/course/active';
import { HELP_LINK_IDS } from '@/domain/course/schema';
import { buildLocales } from '@/domain/i18n/build-locales';
import type { StepStatus } from '@/domain/progress/events';
import { handInSummary } from '@/domain/progress/hand-in';
import { orderHelpLinks, safeHttpsUrl } from '@/domain/progress/help-order';
import { describeJourney, nextStepUrl } from '@/domain/progress/journey';
import { notRequiredSteps } from '@/domain/progress/requirements';
import { PARTS, STEP_IDS, STEPS, type StepId } from '@/domain/progress/steps';

const status = (step: StepId, state: StepStatus['state'], extra: Partial<StepStatus> = {}): StepStatus => ({
  step,
  state,
  source: '/data-access-requirements',
  at: Date.UTC(2026, 10, 20),
  ...extra,
});
const course = (
  overrides: { notRequiredSteps?: StepId[]; accessTier?: 'registered' | 'controlled'; collaborator?: boolean } = {},
) => ({
  notRequiredSteps: overrides.notRequiredSteps ?? [],
  workspace: {
    accessTier: overrides.accessTier ?? 'controlled',
    collaborator:
      overrides.collaborator === false ? undefined : { email: 'ada@researchallofus.org', role: 'READER' as const },
  },
});
const allDone = (except: StepId[] = []) =>
  Object.fromEntries(STEP_IDS.filter((id) => !except.includes(id)).map((id) => [id, status(id, 'done')]));

describe('step catalogue', () => {
  it('lists every step once, each with a title, minutes, hint and an https link', () => {
    expect(STEPS.map((s) => s.id)).toEqual([...STEP_IDS]);
    const english = buildLocales().en!;
    const spanish = buildLocales().es!;
    for (const step of STEPS) {
      expect(step.minutes, step.id).toBeGreaterThan(0);
      expect(new URL(step.url).protocol).toBe('https:');
      for (const key of [step.titleKey, step.hintKey]) {
        expect(english[key], key).toBeDefined();
        expect(spanish[key], key).toBeDefined();
      }
    }
  });

  it("each part's step minutes fall inside the part's stated range", () => {
    for (const part of PARTS) {
      const total = STEPS.filter((s) => s.part === part.id).reduce((sum, s) => sum + s.minutes, 0);
      expect(total, part.id).toBeGreaterThanOrEqual(part.minutes[0]);
      expect(total, part.id).toBeLessThanOrEqual(part.minutes[1]);
    }
  });
});

describe('steps a course does not need', () => {
  it('takes the course list as given', () => {
    expect([...notRequiredSteps(course({ notRequiredSteps: ['identity'] }))]).toEqual(['identity']);
  });
  it('drops Controlled Tier training for a Registered Tier workspace', () => {
    expect(notRequiredSteps(course({ accessTier: 'registered' })).has('ct-training')).toBe(true);
    expect(notRequiredSteps(course({ accessTier: 'controlled' })).has('ct-training')).toBe(false);
  });
  it('drops sharing when the course names no collaborator', () => {
    expect(notRequiredSteps(course({ collaborator: false })).has('workspace-shared')).toBe(true);
    expect(notRequiredSteps(course()).has('workspace-shared')).toBe(false);
  });
  it('the built-in default course (registered tier, no collaborator) skips both', () => {
    expect([...notRequiredSteps(builtInCourse)].sort()).toEqual(['ct-training', 'workspace-shared']);
  });
  it('asks for the data collection on Researcher Workbench 2.0 only: the legacy form picks the tier at creation', () => {
    const on = (platform: 'rw2' | 'legacy') => ({ ...course(), workspace: { ...course().workspace, platform } });
    expect(notRequiredSteps(on('rw2')).has('data-collection-added')).toBe(false);
    expect(notRequiredSteps(course()).has('data-collection-added')).toBe(false);
    expect(notRequiredSteps(on('legacy')).has('data-collection-added')).toBe(true);
  });
});

describe('journey', () => {
  it('nothing stored: everything required is pending, the first step is next, full time left', () => {
    const journey = describeJourney({}, new Set(['ct-training']));
    expect(journey.done).toBe(0);
    expect(journey.required).toBe(12);
    expect(journey.percent).toBe(0);
    expect(journey.minutesLeft).toBe(
      STEPS.filter((s) => s.id !== 'ct-training').reduce((sum, s) => sum + s.minutes, 0),
    );
    expect(journey.next?.step.id).toBe('account-institution');
    expect(journey.stage).toBe('registration');
    expect(
      journey.parts.find((p) => p.part.id === 'data-access')!.steps.find((s) => s.step.id === 'ct-training')!.view,
    ).toBe('not-needed');
  });

  it('counts done steps, skips ineligible ones for "next", and offers ticking only where the pages may not see it', () => {
    const journey = describeJourney(
      {
        ...allDone([
          'ct-training',
          'ducc',
          'workspace-created',
          'research-use-statement',
          'data-collection-added',
          'workspace-shared',
        ]),
        'ct-training': status('ct-training', 'ineligible'),
      },
      new Set(),
    );
    expect(journey.done).toBe(7);
    expect(journey.next?.step.id).toBe('ducc');
    expect(journey.next?.canMark).toBe(false);
    const workspace = journey.parts.find((p) => p.part.id === 'workspace')!;
    expect(workspace.steps.every((s) => s.canMark)).toBe(true);
    expect(journey.stage).toBe('registration');
  });

  it('moves to the workspace stage, then ready; an own tick can be undone', () => {
    const registered = describeJourney(
      allDone(['workspace-created', 'research-use-statement', 'workspace-shared']),
      new Set(),
    );
    expect(registered.stage).toBe('workspace');
    const ticked = describeJourney(
      {
        ...allDone(['workspace-shared']),
        'workspace-created': status('workspace-created', 'done', { source: 'manual' }),
      },
      new Set(),
    );
    expect(ticked.stage).toBe('ready');
    expect(ticked.parts[2]!.steps[0]!.canUndo).toBe(true);
    expect(ticked.parts[2]!.steps[1]!.canUndo).toBe(false);
  });

  it('all done: 100 %, no time left, no next step; the shared workspace is known', () => {
    const journey = describeJourney(
      {
        ...allDone(),
        'workspace-shared': status('workspace-shared', 'done', {
          workspace: { namespace: 'aou-rw-1', name: 'doe_training' },
          collaborator: 'ada@researchallofus.org',
        }),
      },
      new Set(),
    );
    expect(journey).toMatchObject({
      percent: 100,
      minutesLeft: 0,
      next: undefined,
      workspace: { namespace: 'aou-rw-1', name: 'doe_training' },
      collaborator: 'ada@researchallofus.org',
    });
  });

  it('"next step" for the workspace part opens Researcher Workbench 2.0 by default', () => {
    const create = describeJourney(
      allDone(['workspace-created', 'research-use-statement', 'workspace-shared']),
      new Set(),
    ).next!;
    const share = describeJourney(allDone(['workspace-shared']), new Set()).next!;
    expect(create.step.id).toBe('workspace-created');
    expect(nextStepUrl(create, undefined)).toBe('https://workbench.verily.com/workspaces');
    expect(nextStepUrl(create, undefined, 'rw2')).toBe('https://workbench.verily.com/workspaces');
    expect(nextStepUrl(share, { namespace: 'aou-rw-1', name: 'doe training' }, 'rw2')).toBe(
      'https://workbench.verily.com/workspaces',
    );
    expect(nextStepUrl(describeJourney({}, new Set()).next!, undefined)).toBe(
      'https://workbench.researchallofus.org/login',
    );
  });

  it('"next step" of a legacy course opens the old form, or the own workspace About tab for sharing', () => {
    const create = describeJourney(
      allDone(['workspace-created', 'research-use-statement', 'workspace-shared']),
      new Set(),
    ).next!;
    const share = describeJourney(allDone(['workspace-shared']), new Set()).next!;
    expect(nextStepUrl(create, undefined, 'legacy')).toBe('https://workbench.researchallofus.org/workspaces/build');
    expect(nextStepUrl(share, undefined, 'legacy')).toBe('https://workbench.researchallofus.org/workspaces');
    expect(nextStepUrl(share, { namespace: 'aou-rw-1', name: 'doe training' }, 'legacy')).toBe(
      'https://workbench.researchallofus.org/workspaces/aou-rw-1/doe%20training/about',
    );
    expect(nextStepUrl(describeJourney({}, new Set()).next!, undefined, 'legacy')).toBe(
      'https://workbench.researchallofus.org/login',
    );
  });
});

describe('hand-in text summary', () => {
  const formatDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

  it('names the trainee, course, counts, what is left and the shared workspace', () => {
    const journey = describeJourney(
      {
        ...allDone(['ducc']),
        'workspace-shared': status('workspace-shared', 'done', {
          workspace: { namespace: 'aou-rw-1', name: 'doe_training' },
          collaborator: 'ada@researchallofus.org',
          at: Date.UTC(2026, 10, 21),
        }),
      },
      new Set(),
    );
    expect(handInSummary({ trainee: 'Doe', courseName: 'CWML', journey, formatDay })).toBe(
      "Doe's progress in CWML: 12 of 13 steps done; still to do: Data User Code of Conduct; workspace `aou-rw-1/doe_training` shared with ada@researchallofus.org on 2026-11-21.",
    );
  });

  it('names the tier of the data collection the page showed added', () => {
    const journey = describeJourney(
      {
        'workspace-created': status('workspace-created', 'done', { workspace: { namespace: 'ns', name: 'w' } }),
        'data-collection-added': status('data-collection-added', 'done', { tier: 'controlled' }),
      },
      new Set(),
    );
    expect(journey.dataTier).toBe('controlled');
    expect(handInSummary({ trainee: 'Trainee', courseName: 'C', journey, formatDay })).toMatch(
      /workspace `ns\/w` not shared yet; data: Controlled Tier\.$/,
    );
    const pending = describeJourney({ 'data-collection-added': status('data-collection-added', 'pending') }, new Set());
    expect(pending.dataTier).toBeUndefined();
  });

  it('says when the workspace exists but is not shared yet', () => {
    const journey = describeJourney(
      { 'workspace-created': status('workspace-created', 'done', { workspace: { namespace: 'ns', name: 'w' } }) },
      new Set(),
    );
    expect(handInSummary({ trainee: 'Trainee', courseName: 'C', journey, formatDay })).toContain(
      'workspace `ns/w` not shared yet',
    );
  });
});

describe('help & resources', () => {
  it('puts help desk and identity help first during registration, examples after the workspace', () => {
    expect(orderHelpLinks('registration', HELP_LINK_IDS).suggested.slice(0, 2)).toEqual([
      'helpDeskForm',
      'identityVerification',
    ]);
    expect(orderHelpLinks('ready', HELP_LINK_IDS).suggested.slice(0, 2)).toEqual([
      'featuredWorkspaces',
      'tutorialNotebooks',
    ]);
  });

  it('shows every link exactly once whatever the stage', () => {
    for (const stage of ['registration', 'workspace', 'ready'] as const) {
      const { suggested, more } = orderHelpLinks(stage, HELP_LINK_IDS);
      expect([...suggested, ...more].sort()).toEqual([...HELP_LINK_IDS].sort());
    }
  });

  it('every help link has a label in English and Spanish', () => {
    const { en, es } = buildLocales();
    for (const id of HELP_LINK_IDS) {
      expect(en![`popup_help_${id}`], id).toBeDefined();
      expect(es![`popup_help_${id}`], id).toBeDefined();
    }
  });

  it('lets only https links through', () => {
    expect(safeHttpsUrl('https://support.researchallofus.org/hc')).toBe('https://support.researchallofus.org/hc');
    for (const bad of ['http://example.org', 'javascript:alert(1)', 'mailto:a@b.c', 'not a url', undefined])
      expect(safeHttpsUrl(bad)).toBeUndefined();
  });
});
