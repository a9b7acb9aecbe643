// Help & resources in the order that fits where the trainee is.
import type { HelpLinkId } from '../course/schema';
import type { Stage } from './journey';

const FIRST_BY_STAGE: Record<Stage, HelpLinkId[]> = {
  registration: [
    'helpDeskForm',
    'identityVerification',
    'identityTroubleshooting',
    'dataAccessGuide',
    'rcrTraining',
    'twoStepVerification',
    'troubleSigningIn',
    'officeHours',
  ],
  workspace: [
    'helpDeskForm',
    'initialCredits',
    'rw2Introduction',
    'sharingWorkspaces',
    'officeHours',
    'orientation',
    'gettingStarted',
  ],
  ready: [
    'featuredWorkspaces',
    'tutorialNotebooks',
    'codeSnippets',
    'workingWithData',
    'publicationReportingForm',
    'disseminationPolicy',
  ],
};

export interface OrderedHelp {
  suggested: HelpLinkId[];
  more: HelpLinkId[];
}

/** Every available link appears exactly once: the stage's picks first, the rest in catalogue order. */
export function orderHelpLinks(stage: Stage, available: readonly HelpLinkId[]): OrderedHelp {
  const suggested = FIRST_BY_STAGE[stage].filter((id) => available.includes(id));
  return { suggested, more: available.filter((id) => !suggested.includes(id)) };
}

/** Course links are validated as https at build time; this keeps any other scheme out of the popup anyway. */
export function safeHttpsUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value).protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}
