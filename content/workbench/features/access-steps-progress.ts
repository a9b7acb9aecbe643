import { readAccessModules } from '@/site/access-modules';
import { query } from '@/site/dom';
import { defineFeature, type FeatureRun } from '@/content/runner/feature-runner';
import { isDataAccessRequirements } from '@/site/pages';
import type { ProgressEventInput } from '@/domain/progress/events';
import * as sel from '@/site/selectors';

/** Signing in is the only way onto this page, so the whole account part is behind the trainee. */
const SIGNED_IN_STEPS = ['account-institution', 'account-details', 'account-confirmed', 'first-sign-in'] as const;

export function accessProgressEvents(root: ParentNode, source: string): ProgressEventInput[] {
  // The yearly renewal asks for steps again: what was done stays done, so only completions count there.
  const renewal = !!query(root, sel.darRenewalHeader);
  const modules = readAccessModules(root).filter(({ state }) => !renewal || state === 'done');
  if (modules.length === 0) return [];
  return [
    ...SIGNED_IN_STEPS.map((step) => ({ step, state: 'done' as const, source })),
    ...modules.map(({ step, state, shownDate }) => ({ step, state, source, ...(shownDate ? { shownDate } : {}) })),
  ];
}

function init({ document, report, url, watch }: FeatureRun) {
  // The reporter skips what this page already sent, so re-reading on every change costs no messages.
  const send = () => {
    const events = accessProgressEvents(document, url.pathname);
    if (events.length) report(events);
  };
  send();
  watch(send);
}

export const accessStepsProgress = defineFeature({
  id: 'access-steps-progress',
  include: [isDataAccessRequirements],
  init,
});
