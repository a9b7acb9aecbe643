import { expect, it } from 'vitest';
import { accessProgressEvents, accessStepsProgress } from '@/content/workbench/features/access-steps-progress';
import { readAccessModules } from '@/site/access-modules';
import type { ProgressEventInput } from '@/domain/progress/events';
import { describeWithSnapshots, loadSnapshot } from '../support/snapshots';
import { runFeature } from '../support/feature-run';

const DAR = 'https://workbench.researchallofus.org/data-access-requirements';
const SOURCE = '/data-access-requirements';
const DATE = 'Nov 18, 2026';
const ACCOUNT: ProgressEventInput[] = [
  'account-institution',
  'account-details',
  'account-confirmed',
  'first-sign-in',
].map((step) => ({
  step: step as ProgressEventInput['step'],
  state: 'done',
  source: SOURCE,
}));
const done = (step: ProgressEventInput['step']): ProgressEventInput => ({
  step,
  state: 'done',
  source: SOURCE,
  shownDate: DATE,
});
const pending = (step: ProgressEventInput['step']): ProgressEventInput => ({ step, state: 'pending', source: SOURCE });

const CASES: Record<string, { events: ProgressEventInput[]; next?: string; active: string[] }> = {
  'dar-nothing-done.html': {
    events: [
      pending('two-factor'),
      pending('identity'),
      pending('rt-training'),
      pending('ct-training'),
      pending('ducc'),
    ],
    next: 'two-factor',
    active: ['two-factor'],
  },
  // After a click the row shows Refresh instead of NEXT; it stays the active one.
  'dar-2fa-modal.html': {
    events: [
      pending('two-factor'),
      pending('identity'),
      pending('rt-training'),
      pending('ct-training'),
      pending('ducc'),
    ],
    active: ['two-factor'],
  },
  'dar-mixed-prod-flags.html': {
    events: [done('two-factor'), pending('identity'), pending('rt-training'), pending('ct-training'), pending('ducc')],
    next: 'identity',
    active: ['identity'],
  },
  'dar-training-next-logingov-flags.html': {
    events: [done('two-factor'), done('identity'), pending('rt-training'), pending('ct-training'), pending('ducc')],
    next: 'rt-training',
    active: ['rt-training'],
  },
  'dar-ducc-next-ct-ineligible.html': {
    events: [
      done('two-factor'),
      done('identity'),
      done('rt-training'),
      { step: 'ct-training', state: 'ineligible', source: SOURCE },
      pending('ducc'),
    ],
    next: 'ducc',
    active: ['ducc'],
  },
  'dar-all-complete.html': {
    events: [done('two-factor'), done('identity'), done('rt-training'), done('ct-training'), done('ducc')],
    active: [],
  },
};

describeWithSnapshots('progress read from the Data Access Requirements page (every state snapshot)', () => {
  for (const [file, expected] of Object.entries(CASES)) {
    it(`${file}: one event per module from its status marker, dates included; the account part is done`, () => {
      loadSnapshot(file);
      expect(accessProgressEvents(document, SOURCE)).toEqual([...ACCOUNT, ...expected.events]);
    });

    it(`${file}: NEXT is ${expected.next ?? 'nowhere'}; active rows ${expected.active.join(', ') || 'none'}`, () => {
      loadSnapshot(file);
      const modules = readAccessModules(document);
      expect(modules.find((m) => m.isNext)?.step).toBe(expected.next);
      expect(modules.filter((m) => m.isActive).map((m) => m.step)).toEqual(expected.active);
    });
  }

  it('the feature reports those events to the background, and again when a row turns green', async () => {
    loadSnapshot('dar-nothing-done.html');
    const run = runFeature(accessStepsProgress, DAR);
    await run.done;
    expect(run.events.filter((e) => e.step === 'two-factor')).toEqual([pending('two-factor')]);
    const marker = document.querySelector('[data-test-id="module-TWO_FACTOR_AUTH-incomplete"]')!;
    marker.setAttribute('data-test-id', 'module-TWO_FACTOR_AUTH-complete');
    marker
      .closest('[data-test-id="module-TWO_FACTOR_AUTH"]')!
      .append(Object.assign(document.createElement('div'), { textContent: 'Completed on: Nov 19, 2026' }));
    await expect
      .poll(() => run.events.filter((e) => e.step === 'two-factor').at(-1))
      .toEqual({ ...done('two-factor'), shownDate: 'Nov 19, 2026' });
    run.abort();
  });

  it('a page without module markers reports nothing (never guesses)', () => {
    loadSnapshot('ducc-content.html');
    expect(accessProgressEvents(document, SOURCE)).toEqual([]);
  });
});
