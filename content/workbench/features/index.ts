import { accessStepTips } from './access-step-tips';
import { accessStepsProgress } from './access-steps-progress';
import { accountProgress } from './account-progress';
import { codeOfConductTips } from './code-of-conduct-tips';
import { codeOfConductUpdate } from './code-of-conduct-update';
import { errorRecovery } from './error-recovery';
import { registrationTips } from './registration-tips';
import { shareWithInstructor } from './share-with-instructor';
import { workspaceFormTips } from './workspace-form-tips';
import { workspaceMovedTips } from './workspace-moved-tips';
import { workspaceNextSteps } from './workspace-next-steps';
import { workspacePrefill } from './workspace-prefill';

// Set at build time: only a `legacy` course sends its trainees to the legacy workspace form.
declare const __LEGACY_FORM__: boolean;

/** The legacy form's prefill: 7.5 KB gzip that an `rw2` course's trainees (every default build) never use. */
export const legacyFormFeatures = [workspacePrefill];

/** Every behaviour on Workbench pages; adding one = adding its file and a line here (and a README row). */
export const features = [
  accessStepsProgress,
  registrationTips,
  accountProgress,
  accessStepTips,
  codeOfConductTips,
  codeOfConductUpdate,
  errorRecovery,
  ...(__LEGACY_FORM__ ? legacyFormFeatures : []),
  workspaceFormTips,
  workspaceNextSteps,
  shareWithInstructor,
  workspaceMovedTips,
];
