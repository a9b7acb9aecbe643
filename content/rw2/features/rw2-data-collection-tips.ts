// Researcher Workbench 2.0, adding the All of Us data: on the course's workspace a pointer to "+ Data from catalog"
// (until the page shows a collection), then a tip on each step of the catalog dialog. Nothing is picked or ticked.
import { placeTips } from '@/content/ui/placed-tip';
import { defineFeature, type FeatureRun } from '@/content/runner/feature-runner';
import { addDataPointerTip, catalogTips } from '@/guidance/rw2-data-tips';
import { isResearcherWorkbench2 } from '@/site/pages';

function init(run: FeatureRun) {
  placeTips(run, [addDataPointerTip(run.course), ...catalogTips(run.course)]);
}

export const rw2DataCollectionTips = defineFeature({
  id: 'rw2-data-collection-tips',
  include: [isResearcherWorkbench2],
  init,
});
