// The course as the Workbench content scripts carry it: what their features read, with only the help links their
// tips cite (the popup and options page show the rest), so every Workbench page loads a smaller script.
import type { Course } from './schema';

export const SCRIPT_HELP_KEYS = [
  'helpDeskEmail',
  'helpDeskForm',
  'troubleSigningIn',
  'identityVerification',
  'identityTroubleshooting',
  'institutionRequest',
  'institutionDomains',
  'duraSupport',
  'twoStepVerification',
  'dataAccessGuide',
  'registration',
  'registrationQuestions',
  'accountPolicy',
  'rcrTraining',
  'accessRenewal',
  'initialCredits',
  'workspaceDescription',
  'sharingWorkspaces',
  'rw2Introduction',
  'rw2FormPolicy',
  'rw2GroupPolicy',
  'rw2Sharing',
] as const;

export type ScriptCourse = Pick<Course, 'instructor' | 'notRequiredSteps' | 'workspace' | 'answers'> & {
  help: Pick<Course['help'], (typeof SCRIPT_HELP_KEYS)[number]>;
};

/** The part of a course (the built-in one at build time, a published one at run time) a content script uses. */
export function scriptCourse({ instructor, notRequiredSteps, workspace, answers, help }: ScriptCourse): ScriptCourse {
  return {
    instructor,
    notRequiredSteps,
    workspace,
    answers,
    help: Object.fromEntries(SCRIPT_HELP_KEYS.map((key) => [key, help[key]])) as ScriptCourse['help'],
  };
}
