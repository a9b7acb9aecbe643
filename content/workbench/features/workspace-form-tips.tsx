/** @jsxImportSource @/ui/dom-jsx */
import { Tip } from '@/content/ui/Tip';
import { query } from '@/site/dom';
import { defineFeature, type FeatureRun } from '@/content/runner/feature-runner';
import { isWorkspaceCreate } from '@/site/pages';
import { noteCreateRequest } from '@/state/prefill-notes';
import * as sel from '@/site/selectors';
import { formTips } from '@/guidance/workspace-form-tips';

async function init(run: FeatureRun) {
  const { document: doc, signal, course } = run;
  // The form's layout (with or without the AI/AN question) decides the texts: read it once the form is there.
  if (!(await run.waitFor(() => query(doc, `${sel.workspaceName}, ${sel.createWorkspaceButton}`)))) return;
  // The confirm modal, the AI/AN section and the Q3 text come and go with the trainee's choices: each tip follows its
  // anchor.
  for (const tip of formTips(course, doc)) {
    run.place(
      `wbc-${tip.id}`,
      () => tip.place(doc),
      () => <Tip id={tip.id} title={tip.title} paragraphs={tip.paragraphs} links={tip.links} />,
    );
  }
  // The trainee's own Confirm click: remember the name so the next page can be recognised as the new workspace.
  doc.addEventListener(
    'click',
    (event) => {
      // Only the trainee's own click counts (the page could dispatch one).
      if (!event.isTrusted) return;
      const confirm = (event.target as Element | null)?.closest?.(sel.confirmButton) as HTMLElement | null;
      const name = query<HTMLInputElement>(doc, sel.workspaceName)?.value.trim();
      if (confirm && confirm.style.cursor !== 'not-allowed' && name) void noteCreateRequest(name);
    },
    { capture: true, signal },
  );
}

export const workspaceFormTips = defineFeature({ id: 'workspace-form-tips', include: [isWorkspaceCreate], init });
