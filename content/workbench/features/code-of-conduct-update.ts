// On the home page: when the Workbench asks to sign an updated Data User Code of Conduct, a tip beside its
// banner says how, and that workspaces and progress are kept.
import { defineFeature, type FeatureRun } from '@/content/runner/feature-runner';
import { isWorkbenchHome } from '@/site/pages';
import { codeOfConductUpdateTip } from '@/guidance/ducc-tips';
import { placeTips } from '@/content/ui/placed-tip';

function init(run: FeatureRun) {
  placeTips(run, [codeOfConductUpdateTip(run.course.help)]);
}

export const codeOfConductUpdate = defineFeature({ id: 'code-of-conduct-update', include: [isWorkbenchHome], init });
