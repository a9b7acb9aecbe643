// The journey as data: every step a trainee goes through, in order, grouped in three parts.
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
  'workspace-shared',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export const PART_IDS = ['account', 'data-access', 'workspace'] as const;
export type PartId = (typeof PART_IDS)[number];

export type Detection =
  | { kind: 'page'; page: string }
  | { kind: 'marker'; marker: string }
  | { kind: 'manual' };

export interface StepDefinition {
  id: StepId;
  part: PartId;
  /** i18n key of the title; the popup and the export render it */
  titleKey: string;
  minutes: number;
  detection: Detection;
  /** Where the step is done (opened by "next step"). */
  url: string;
}

const WORKBENCH = 'https://workbench.researchallofus.org';

export const STEPS: readonly StepDefinition[] = [
  { id: 'account-institution', part: 'account', titleKey: 'step_account_institution', minutes: 5, detection: { kind: 'page', page: 'login step 2 shown (step 1 passed)' }, url: `${WORKBENCH}/login` },
  { id: 'account-details', part: 'account', titleKey: 'step_account_details', minutes: 8, detection: { kind: 'page', page: 'login success page' }, url: `${WORKBENCH}/login` },
  { id: 'account-confirmed', part: 'account', titleKey: 'step_account_confirmed', minutes: 3, detection: { kind: 'page', page: 'first signed-in Workbench page' }, url: `${WORKBENCH}/login` },
  { id: 'first-sign-in', part: 'account', titleKey: 'step_first_sign_in', minutes: 3, detection: { kind: 'page', page: 'first signed-in Workbench page' }, url: `${WORKBENCH}/login` },
  { id: 'two-factor', part: 'data-access', titleKey: 'step_two_factor', minutes: 10, detection: { kind: 'marker', marker: 'module-TWO_FACTOR_AUTH-complete' }, url: `${WORKBENCH}/data-access-requirements` },
  { id: 'identity', part: 'data-access', titleKey: 'step_identity', minutes: 25, detection: { kind: 'marker', marker: 'module-IDENTITY-complete' }, url: `${WORKBENCH}/data-access-requirements` },
  { id: 'rt-training', part: 'data-access', titleKey: 'step_rt_training', minutes: 30, detection: { kind: 'marker', marker: 'module-COMPLIANCE_TRAINING-complete' }, url: `${WORKBENCH}/data-access-requirements` },
  { id: 'ct-training', part: 'data-access', titleKey: 'step_ct_training', minutes: 30, detection: { kind: 'marker', marker: 'module-CT_COMPLIANCE_TRAINING-complete' }, url: `${WORKBENCH}/data-access-requirements` },
  { id: 'ducc', part: 'data-access', titleKey: 'step_ducc', minutes: 10, detection: { kind: 'marker', marker: 'module-DATA_USER_CODE_OF_CONDUCT-complete' }, url: `${WORKBENCH}/data-access-requirements` },
  { id: 'workspace-created', part: 'workspace', titleKey: 'step_workspace_created', minutes: 5, detection: { kind: 'page', page: '/workspaces/<ns>/<name>/data after creation' }, url: `${WORKBENCH}/workspaces/build` },
  { id: 'research-use-statement', part: 'workspace', titleKey: 'step_research_use_statement', minutes: 5, detection: { kind: 'page', page: 'workspace created with the answers filled' }, url: `${WORKBENCH}/workspaces/build` },
  { id: 'workspace-shared', part: 'workspace', titleKey: 'step_workspace_shared', minutes: 3, detection: { kind: 'page', page: 'collaborator row in the Share dialog or About tab' }, url: `${WORKBENCH}/workspaces` },
];

export function stepById(id: StepId): StepDefinition {
  return STEPS.find((step) => step.id === id)!;
}
