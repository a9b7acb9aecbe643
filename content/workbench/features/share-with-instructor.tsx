/** @jsxImportSource @/ui/dom-jsx */
import { ShareHelper } from '@/content/ui/panels/ShareHelper';
import { query, queryAll, textOf } from '@/site/dom';
import { defineFeature, type FeatureRun } from '@/content/runner/feature-runner';
import { isWorkspaceAbout, workspaceFromUrl } from '@/site/pages';
import { includesCollaborator, sharedEvent } from '@/domain/progress/workspace-progress';
import * as sel from '@/site/selectors';

/** The trainee clicked the dialog's own Save (enabled) while the instructor's row was in the list. */
export function isSaveWithCollaborator(target: EventTarget | null, doc: ParentNode, email: string): boolean {
  const button = (target as Element | null)?.closest?.(sel.shareDialogButton) as HTMLElement | null;
  if (!button || textOf(button) !== sel.shareSaveText || button.style.cursor === 'not-allowed') return false;
  return includesCollaborator(queryAll(doc, sel.shareDialogEmail).map(textOf), email);
}

function init(run: FeatureRun) {
  const { document: doc, signal, course, url } = run;
  const collaborator = course.workspace.collaborator;
  if (!collaborator) return;
  // The Share dialog opens without a URL change: the helper appears with its search box.
  run.place(
    'wbc-ws-share',
    () => query(doc, sel.shareDialogSearch)?.parentElement,
    () => (
      <ShareHelper
        doc={doc}
        email={collaborator.email}
        role={collaborator.role}
        watch={run.watch}
        source={course.help.sharingWorkspaces}
      />
    ),
  );
  doc.addEventListener(
    'click',
    (event) => {
      if (event.isTrusted && isSaveWithCollaborator(event.target, doc, collaborator.email))
        run.report([sharedEvent(workspaceFromUrl(url), collaborator.email, url.pathname)]);
    },
    { capture: true, signal },
  );
}

export const shareWithInstructor = defineFeature({ id: 'share-with-instructor', include: [isWorkspaceAbout], init });
