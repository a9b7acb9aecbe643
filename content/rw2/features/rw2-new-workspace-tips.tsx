/** @jsxImportSource @/ui/dom-jsx */
// Researcher Workbench 2.0's "New workspace" dialog: beside each field it shows, what to keep and why; where the
// course has a summary or a description, that text with Copy and "Put it in".
import { Rw2TextOffer } from '@/content/ui/panels/Rw2TextOffer';
import { placeTips } from '@/content/ui/placed-tip';
import { defineFeature, type FeatureRun } from '@/content/runner/feature-runner';
import { newWorkspaceTips } from '@/guidance/rw2-workspace-tips';
import { tipHostName } from '@/guidance/tip-content';
import { isResearcherWorkbench2 } from '@/site/pages';
import { workspaceTextField } from '@/site/rw2-part3';

function init(run: FeatureRun) {
  const { document: doc, course } = run;
  const tips = newWorkspaceTips(course);
  placeTips(
    run,
    tips.filter((tip) => !tip.offer),
  );
  for (const { offer, anchor, append, ...tip } of tips) {
    if (!offer) continue;
    run.place(
      tipHostName(tip.id),
      () => {
        const found = anchor(doc);
        return found && { anchor: found, append };
      },
      () => <Rw2TextOffer tip={tip} text={offer.text} field={() => workspaceTextField(doc, offer.field)} />,
    );
  }
}

export const rw2NewWorkspaceTips = defineFeature({
  id: 'rw2-new-workspace-tips',
  include: [isResearcherWorkbench2],
  init,
});
