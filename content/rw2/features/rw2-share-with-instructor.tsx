/** @jsxImportSource @/ui/dom-jsx */
// Researcher Workbench 2.0, after creation: on the workspace's page (its heading follows the course's name rule) a tip
// on sharing with the course's collaborator; in a sharing dialog with an email field, one click puts them in.
import { Rw2ShareHelper } from '@/content/ui/panels/Rw2ShareHelper';
import { Tip } from '@/content/ui/Tip';
import { defineFeature, type FeatureRun } from '@/content/runner/feature-runner';
import { paragraphsOf, t } from '@/domain/i18n/t';
import { isResearcherWorkbench2 } from '@/site/pages';
import { fieldGroup } from '@/site/field-group';
import { courseWorkspaceHeading, shareDialogEmailField } from '@/site/rw2-page';

function init(run: FeatureRun) {
  const { document: doc, course } = run;
  const collaborator = course.workspace.collaborator;
  if (!collaborator) return;
  const role = t(`wsRole_${collaborator.role}`);
  run.place(
    'wbc-rw2-share-tip',
    () => courseWorkspaceHeading(doc, course.workspace.nameTemplate),
    () => (
      <Tip
        id="rw2-share"
        title={t('rw2_share_title')}
        paragraphs={paragraphsOf('rw2_share_body', [collaborator.email, role])}
      />
    ),
  );
  run.place(
    'wbc-rw2-share-helper',
    // Beside the whole email field (e.g. Material UI's Autocomplete), never inside the input's own box.
    () => {
      const field = shareDialogEmailField(doc);
      return field && fieldGroup([field]);
    },
    () => <Rw2ShareHelper email={collaborator.email} role={role} field={() => shareDialogEmailField(doc)} />,
  );
}

export const rw2ShareWithInstructor = defineFeature({
  id: 'rw2-share-with-instructor',
  include: [isResearcherWorkbench2],
  init,
});
