import { afterEach, describe, expect, it, vi } from 'vitest';
import { accessStepTips } from '@/content/workbench/features/access-step-tips';
import { readAccessModules } from '@/site/access-modules';
import { builtInCourse } from '@/domain/course/active';
import type { Course } from '@/domain/course/schema';
import { t } from '@/domain/i18n/t';
import { STEPS } from '@/domain/progress/steps';
import {
  ACCESS_STEP_MINUTES,
  formatMinutes,
  minutesLeft,
  moduleTip,
  readAccessPage,
  stepTitleKey,
  summaryTip,
} from '@/guidance/access-tips';
import { tipHostName } from '@/guidance/tip-content';
import { describeWithSnapshots, loadHtml, loadSnapshot } from '../support/snapshots';
import { shownTipIds, tipHosts, tipLinks, tipText } from '../support/placed-tips';
import { runFeature, type TestRun } from '../support/feature-run';

const DAR = 'https://workbench.researchallofus.org/data-access-requirements';
const controlledCourse: Course = {
  ...builtInCourse,
  workspace: { ...builtInCourse.workspace, accessTier: 'controlled' },
};
const ctNotRequired: Course = { ...builtInCourse, notRequiredSteps: ['ct-training'] };

let current: TestRun | undefined;
const start = (course: Course = builtInCourse) => (current = runFeature(accessStepTips, DAR, course));
afterEach(() => {
  current?.abort();
  vi.useRealTimers();
});

describe('time left and step titles', () => {
  it('mirror the step catalogue exactly (minutes and title keys)', () => {
    for (const [step, minutes] of Object.entries(ACCESS_STEP_MINUTES)) {
      const definition = STEPS.find((s) => s.id === step)!;
      expect(minutes, step).toBe(definition.minutes);
      expect(stepTitleKey(definition.id)).toBe(definition.titleKey);
    }
    expect(Object.keys(ACCESS_STEP_MINUTES).sort()).toEqual(
      STEPS.filter((s) => s.part === 'data-access')
        .map((s) => s.id)
        .sort(),
    );
  });

  it('formats minutes as hours and minutes', () => {
    expect(formatMinutes(10)).toBe('10 min');
    expect(formatMinutes(95)).toBe('1 h 35 min');
    expect(formatMinutes(120)).toBe('2 h');
  });
});

describeWithSnapshots('Data Access Requirements tips (every state snapshot)', () => {
  const MINUTES: Record<string, number> = {
    'dar-nothing-done.html': 135,
    'dar-mixed-prod-flags.html': 125,
    'dar-training-next-logingov-flags.html': 100,
    'dar-ducc-next-ct-ineligible.html': 10,
    'dar-all-complete.html': 0,
  };
  for (const [file, minutes] of Object.entries(MINUTES)) {
    it(`${file}: ${minutes} minutes left (pending steps only; ineligible ones cannot be done)`, () => {
      loadSnapshot(file);
      expect(minutesLeft(readAccessPage(document).modules)).toBe(minutes);
    });
  }

  it('steps the course does not require are left out of the estimate', () => {
    loadSnapshot('dar-mixed-prod-flags.html');
    expect(minutesLeft(readAccessPage(document).modules, ['ct-training'])).toBe(95);
  });

  const TIP_IDS: Record<string, string[]> = {
    'dar-nothing-done.html': [
      'two-factor-pending',
      'identity-pending',
      'identity-abroad',
      'rt-training-pending',
      'ct-training-pending',
      'ducc-pending',
    ],
    'dar-mixed-prod-flags.html': [
      'two-factor-done',
      'identity-pending',
      'identity-abroad',
      'rt-training-pending',
      'ct-training-pending',
      'ducc-pending',
    ],
    'dar-training-next-logingov-flags.html': [
      'two-factor-done',
      'identity-done',
      'rt-training-pending',
      'ct-training-pending',
      'ducc-pending',
    ],
    'dar-ducc-next-ct-ineligible.html': [
      'two-factor-done',
      'identity-done',
      'rt-training-done',
      'ct-training-ineligible',
      'ducc-pending',
    ],
    'dar-all-complete.html': ['two-factor-done', 'identity-done', 'rt-training-done', 'ct-training-done', 'ducc-done'],
  };
  for (const [file, ids] of Object.entries(TIP_IDS)) {
    it(`${file}: a tip right after each module row (${ids.join(', ')}), outside the row's clickable box`, async () => {
      loadSnapshot(file);
      await start().done;
      // Tips that sit beside another tip appear once that one is mounted.
      const rowTips = async () =>
        (await shownTipIds()).filter(
          (id) => !id.startsWith('dar-summary') && id !== 'dar-next-workspace' && id !== 'dar-credits',
        );
      await vi.waitFor(async () => expect(await rowTips()).toEqual(ids.map((id) => `dar-${id}`)));
      for (const { step, row } of readAccessModules(document)) {
        const host = document.querySelector(tipHostName(`dar-${step}`))!;
        expect(host.previousElementSibling).toBe(row);
        expect(host.parentElement!.closest('[role="button"]')).toBeNull();
      }
    });
  }

  it('mixed state: what each pending step needs and what to expect', async () => {
    loadSnapshot('dar-mixed-prod-flags.html');
    await start().done;
    await shownTipIds();
    expect(tipText('dar-two-factor-done')).toMatch(/code from your phone/);
    const identity = tipText('dar-identity-pending');
    for (const part of [
      /Login\.gov/,
      /state-issued ID/,
      /Social Security number/,
      /U\.S\. phone/,
      /ID\.me/,
      /international/,
      /video call/,
      /reload button/,
    ])
      expect(identity).toMatch(part);
    expect(tipLinks('dar-identity-pending')).toContain(builtInCourse.help.identityVerification);
    expect(tipText('dar-rt-training-pending')).toMatch(
      /45–60 min[\s\S]*24-hour wait[\s\S]*again at once[\s\S]*Continue to Researcher Workbench[\s\S]*Refresh/,
    );
    expect(tipText('dar-ct-training-pending')).toMatch(/optional[\s\S]*institution allows/);
    expect(tipText('dar-ducc-pending')).toMatch(/initials[\s\S]*shown publicly/);
  });

  it('mixed state: the page summary gives the time left, the count and the next step, after the page header', async () => {
    loadSnapshot('dar-mixed-prod-flags.html');
    await start().done;
    await shownTipIds();
    expect(
      document.querySelector(tipHostName('dar-summary'))!.previousElementSibling?.getAttribute('data-test-id'),
    ).toBe('initial-registration-header');
    const summary = tipText('dar-summary');
    expect(summary).toContain('About 2 h 5 min of steps left');
    expect(summary).toContain('1 of 5 steps done');
    expect(summary).toContain(`Next: ${t('step_identity')}.`);
  });

  it('CT ineligible: explains the institution must allow it; the summary counts only what can be done', async () => {
    loadSnapshot('dar-ducc-next-ct-ineligible.html');
    await start().done;
    await shownTipIds();
    expect(tipText('dar-ct-training-ineligible')).toMatch(/institution has not \(yet\) allowed/);
    expect(tipText('dar-summary')).toMatch(
      /About 10 min[\s\S]*3 of 4 steps done[\s\S]*Next: Data User Code of Conduct/,
    );
  });

  it('all complete: the summary says so and a pointer to the workspace sits under the completion banner', async () => {
    loadSnapshot('dar-all-complete.html');
    await start().done;
    expect(await shownTipIds()).toContain('dar-next-workspace');
    expect(tipText('dar-summary-done')).toMatch(/All data-access steps are done/);
    expect(
      document.querySelector(tipHostName('dar-next-workspace'))!.previousElementSibling?.getAttribute('data-test-id'),
    ).toBe('dar-completed');
    expect(tipText('dar-next-workspace')).toMatch(/create your training workspace in Researcher Workbench 2\.0/);
    expect(tipText('dar-next-workspace')).toMatch(/registration carries over/);
    expect(tipLinks('dar-next-workspace')).toEqual(['https://workbench.verily.com/workspaces']);
  });

  it('a legacy course (testing group) keeps the pointer to the old form', async () => {
    loadSnapshot('dar-all-complete.html');
    await start({ ...builtInCourse, workspace: { ...builtInCourse.workspace, platform: 'legacy' } }).done;
    expect(await shownTipIds()).toContain('dar-next-workspace');
    expect(tipText('dar-next-workspace')).toMatch(/create your training workspace/);
    expect(tipLinks('dar-next-workspace')).toEqual(['https://workbench.researchallofus.org/workspaces/build']);
  });

  it('no workspace pointer before everything is complete', async () => {
    loadSnapshot('dar-ducc-next-ct-ineligible.html');
    await start().done;
    expect(await shownTipIds()).not.toContain('dar-next-workspace');
  });

  it('the course decides about Controlled Tier: needed for a controlled-tier course, skippable when not required', () => {
    loadSnapshot('dar-mixed-prod-flags.html');
    const ct = readAccessPage(document).modules.find((m) => m.step === 'ct-training');
    expect(moduleTip(ct, controlledCourse)!.paragraphs.join(' ')).toMatch(
      /Your course uses Controlled Tier data, so complete/,
    );
    expect(moduleTip(ct, ctNotRequired)!.paragraphs.join(' ')).toMatch(/does not require this step/);
    expect(moduleTip(ct, builtInCourse)!.paragraphs.join(' ')).not.toMatch(/Your course/);
    expect(summaryTip(readAccessPage(document), ctNotRequired).title).toContain('1 h 35 min');
  });

  it('follows the page: a row that turns green gets its "done" tip and the summary is recomputed', async () => {
    loadSnapshot('dar-nothing-done.html');
    await start().done;
    expect(await shownTipIds()).toContain('dar-two-factor-pending');
    document
      .querySelector('[data-test-id="module-TWO_FACTOR_AUTH-incomplete"]')!
      .setAttribute('data-test-id', 'module-TWO_FACTOR_AUTH-complete');
    await expect.poll(async () => (await shownTipIds()).includes('dar-two-factor-done')).toBe(true);
    expect(await shownTipIds()).not.toContain('dar-two-factor-pending');
    expect(tipText('dar-summary')).toContain('About 2 h 5 min');
  });

  it('a tip the Workbench re-rendered away comes back', async () => {
    loadSnapshot('dar-mixed-prod-flags.html');
    await start().done;
    await shownTipIds();
    document.querySelector(tipHostName('dar-identity'))!.remove();
    await expect.poll(() => document.querySelector(tipHostName('dar-identity'))?.isConnected ?? false).toBe(true);
    expect(tipHosts().filter((h) => h.localName === tipHostName('dar-identity'))).toHaveLength(1);
  });

  it('a DAR page whose modules never show says so instead of failing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    loadHtml(
      '<div id="root"></div><div><div data-test-id="initial-registration-header">Please complete the necessary steps</div></div>',
    );
    start();
    await vi.advanceTimersByTimeAsync(15_000);
    vi.useRealTimers();
    await current!.done;
    expect(await shownTipIds()).toEqual(['dar-not-found']);
    expect(tipText('dar-not-found')).toContain("Couldn't find the data access steps");
  });
});
