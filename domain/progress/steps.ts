// The journey as data: every step a trainee goes through, in order, grouped in three parts.
import { STEP_IDS, type StepId } from '../workbench/step-ids';
import { RW2_WORKSPACES_URL } from '../workbench/workspace-platform';
export { STEP_IDS, type StepId };

/** What the Workbench (or the trainee) says about a step. */
export const STEP_STATES = ['done', 'pending', 'ineligible'] as const;
export type StepState = (typeof STEP_STATES)[number];

export const PART_IDS = ['account', 'data-access', 'workspace'] as const;
export type PartId = (typeof PART_IDS)[number];

export interface PartDefinition {
  id: PartId;
  titleKey: string;
  /** The usual time range for the whole part, in minutes. */
  minutes: readonly [number, number];
}

export const PARTS: readonly PartDefinition[] = [
  { id: 'account', titleKey: 'part_account', minutes: [15, 20] },
  { id: 'data-access', titleKey: 'part_data_access', minutes: [90, 135] },
  { id: 'workspace', titleKey: 'part_workspace', minutes: [15, 25] },
];

export interface StepDefinition {
  id: StepId;
  part: PartId;
  /** i18n key of the title; the popup and the export render it */
  titleKey: string;
  minutes: number;
  /** i18n key of the one-line "how we notice this step" shown to the trainee. */
  hintKey: string;
  /** The trainee may tick it: no page we run on can always show it (e-mail, another site). */
  markByHand: boolean;
  /** Where the step is done (opened by "next step"). */
  url: string;
}

const WORKBENCH = 'https://workbench.researchallofus.org';
const LOGIN = `${WORKBENCH}/login`;
const DAR = `${WORKBENCH}/data-access-requirements`;
// Workspaces are created in Researcher Workbench 2.0; a legacy course's links are chosen in journey.ts.
const RW2_WORKSPACES = RW2_WORKSPACES_URL;

/** Title key from the id ("two-factor" → "step_two_factor"); the hint key names how the step is noticed. */
function step(
  id: StepId,
  part: PartId,
  minutes: number,
  hint: string,
  markByHand: boolean,
  url: string,
): StepDefinition {
  return {
    id,
    part,
    titleKey: `step_${id.replace(/-/g, '_')}`,
    minutes,
    hintKey: `step_hint_${hint}`,
    markByHand,
    url,
  };
}

export const STEPS: readonly StepDefinition[] = [
  // /login wizard: step 2 showing means step 1 was passed; the success page ends step 2.
  step('account-institution', 'account', 5, 'sign_up', false, LOGIN),
  step('account-details', 'account', 8, 'sign_up', false, LOGIN),
  // The e-mail link and Google's password change happen off the Workbench: reaching it signed in proves both.
  step('account-confirmed', 'account', 3, 'signed_in', true, LOGIN),
  step('first-sign-in', 'account', 3, 'signed_in', true, LOGIN),
  step('two-factor', 'data-access', 10, 'dar', false, DAR),
  step('identity', 'data-access', 25, 'dar', false, DAR),
  step('rt-training', 'data-access', 60, 'dar', false, DAR),
  step('ct-training', 'data-access', 30, 'dar', false, DAR),
  step('ducc', 'data-access', 10, 'dar', false, DAR),
  // Noticed only where a page shows them (RW 2.0's DOM is not public): the trainee can tick these.
  step('workspace-created', 'workspace', 5, 'workspace', true, RW2_WORKSPACES),
  step('research-use-statement', 'workspace', 5, 'workspace', true, RW2_WORKSPACES),
  // RW 2.0 only: the All of Us data (with its Research Use Statement policy) is added after creation, one tier.
  step('data-collection-added', 'workspace', 5, 'data_collection', true, RW2_WORKSPACES),
  step('workspace-shared', 'workspace', 3, 'share', true, RW2_WORKSPACES),
];

export function stepById(id: StepId): StepDefinition {
  return STEPS.find((step) => step.id === id)!;
}

export function isStepId(value: unknown): value is StepId {
  return (STEP_IDS as readonly unknown[]).includes(value);
}

export function isStepState(value: unknown): value is StepState {
  return (STEP_STATES as readonly unknown[]).includes(value);
}
