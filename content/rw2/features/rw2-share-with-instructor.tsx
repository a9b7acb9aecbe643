/** @jsxImportSource @/ui/dom-jsx */
// Researcher Workbench 2.0, after creation: on the workspace's page (its heading follows the course's name rule) a tip
// on sharing with the course's collaborator; in a sharing dialog with an email field, one click puts them in.
import { Rw2ShareHelper } from '@/content/ui/panels/Rw2ShareHelper';
import { placeTips } from '@/content/ui/placed-tip';
import { defineFeature, type FeatureRun } from '@/content/runner/feature-runner';
import { t } from '@/domain/i18n/t';
import { roleMessageKey } from '@/domain/workbench/collaborator-role';
import { rw2ShareTip } from '@/guidance/rw2-share-tips';
import { isResearcherWorkbench2 } from '@/site/pages';
import { shareDialogEmailField } from '@/site/rw2-page';
import { fieldBlock } from '@/site/rw2-part3';

function init(run: FeatureRun) {
  const { document: doc, course } = run;
  const collaborator = course.workspace.collaborator;
  const tip = rw2ShareTip(course);
  if (!collaborator || !tip) return;
  placeTips(run, [tip]);
  const role = t(roleMessageKey(collaborator.role));
  run.place(
    'wbc-rw2-share-helper',
    () => {
      // Below the field's block: inside the field's own outlined box the helper would sit under its border.
      const field = shareDialogEmailField(doc);
      return field && fieldBlock(field);
    },
    () => <Rw2ShareHelper email={collaborator.email} role={role} field={() => shareDialogEmailField(doc)} />,
  );
}

export const rw2ShareWithInstructor = defineFeature({
  id: 'rw2-share-with-instructor',
  include: [isResearcherWorkbench2],
  init,
});
