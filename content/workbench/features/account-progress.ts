// Account milestones from which wizard page is shown: Step 2 means Step 1 was accepted; the
// success page means the account exists. Nothing typed is read.
import { defineFeature, type FeatureRun } from '@/content/runner/feature-runner';
import { isLogin, loginStepOf, type LoginStep } from '@/site/pages';
import type { ProgressEventInput } from '@/domain/progress/events';
import type { StepId } from '@/domain/progress/steps';

const DONE_WHEN_SHOWN: Partial<Record<LoginStep, StepId[]>> = {
  details: ['account-institution'],
  success: ['account-institution', 'account-details'],
};

export function accountProgressEvents(step: LoginStep | undefined, source: string): ProgressEventInput[] {
  return (step ? (DONE_WHEN_SHOWN[step] ?? []) : []).map((id) => ({ step: id, state: 'done', source }));
}

function init({ document, url, report }: FeatureRun) {
  const events = accountProgressEvents(loginStepOf(document), url.pathname);
  if (events.length) report(events);
}

export const accountProgress = defineFeature({
  id: 'account-progress',
  include: [isLogin],
  init,
});
