// Every step of the journey by id, in order: the course file names them (notRequiredSteps), the progress store keeps
// them.
export const STEP_IDS = [
  'account-institution',
  'account-details',
  'account-confirmed',
  'first-sign-in',
  'two-factor',
  'identity',
  'rt-training',
  'ct-training',
  'ducc',
  'workspace-created',
  'research-use-statement',
  'data-collection-added',
  'workspace-shared',
] as const;
export type StepId = (typeof STEP_IDS)[number];
