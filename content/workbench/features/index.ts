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

/** Every behaviour on Workbench pages; adding one = adding its file and a line here (and a README row). */
export const features = [
  accessStepsProgress,
  registrationTips,
  accountProgress,
  accessStepTips,
  codeOfConductTips,
  codeOfConductUpdate,
  errorRecovery,
  workspacePrefill,
  workspaceFormTips,
  workspaceNextSteps,
  shareWithInstructor,
  workspaceMovedTips,
];
