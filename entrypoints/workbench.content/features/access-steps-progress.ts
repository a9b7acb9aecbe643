import { readAccessModules } from '@/utils/access-modules';
import { onPageChange, waitForElement } from '@/utils/dom';
import { defineFeature, type FeatureRun } from '@/utils/feature-runner';
import { isDataAccessRequirements } from '@/utils/pages';
import type { ProgressEventInput } from '@/utils/progress/events';
import * as sel from '@/utils/selectors';

/** Signing in is the only way onto this page, so the whole account part is behind the trainee. */
const SIGNED_IN_STEPS = ['account-institution', 'account-details', 'account-confirmed', 'first-sign-in'] as const;

export function accessProgressEvents(root: ParentNode, source: string): ProgressEventInput[] {
  const modules = readAccessModules(root);
  if (modules.length === 0) return [];
  return [
    ...SIGNED_IN_STEPS.map((step) => ({ step, state: 'done' as const, source })),
    ...modules.map(({ step, state, shownDate }) => ({ step, state, source, ...(shownDate ? { shownDate } : {}) })),
  ];
}

async function init({ document, signal, report, url }: FeatureRun) {
  const first = await waitForElement(document.body, sel.darModule, signal);
  if (!first) return;
  const send = () => report(accessProgressEvents(document, url.pathname));
  send();
  onPageChange(document.body, signal, send);
}

export const accessStepsProgress = defineFeature({
  id: 'access-steps-progress',
  include: [isDataAccessRequirements],
  init,
});
