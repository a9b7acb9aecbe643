/** @jsxImportSource @/ui/dom-jsx */
import { Tip } from '@/content/ui/Tip';
import { query, queryAll, textOf } from '@/site/dom';
import { defineFeature, type FeatureRun } from '@/content/runner/feature-runner';
import { t } from '@/domain/i18n/t';
import { roleMessageKey } from '@/domain/workbench/collaborator-role';
import { isWorkspaceAbout, isWorkspaceData, workspaceFromUrl } from '@/site/pages';
import { clearCreateRequest, loadCreateRequest } from '@/state/prefill-notes';
import {
  createdEvents,
  includesCollaborator,
  isJustCreated,
  matchesNameTemplate,
  sharedEvent,
} from '@/domain/progress/workspace-progress';
import * as sel from '@/site/selectors';

/** About's Share button has no aria-label: it is the primary button with the Share text. */
export function aboutShareButton(doc: ParentNode): HTMLElement | undefined {
  return queryAll(doc, sel.primaryButton).find((button) => textOf(button) === sel.shareButtonText);
}

async function init(run: FeatureRun) {
  const { document: doc, signal, course, url, report } = run;
  const workspace = workspaceFromUrl(url);
  if (!workspace) return;
  const source = url.pathname;
  const collaborator = course.workspace.collaborator;
  const ours = matchesNameTemplate(workspace.name, course.workspace.nameTemplate);
  const justCreated = isJustCreated(await loadCreateRequest(), workspace, Date.now());
  if (justCreated) {
    report(createdEvents(workspace, source));
    await clearCreateRequest();
  }
  if (!justCreated && !ours) return;

  const tip =
    (id: string, paragraphs: string[], links: Array<{ label: string; href: string }> = []) =>
    () => <Tip id={id} title={t('wsNextTitle')} paragraphs={paragraphs} links={links} />;
  const role = collaborator ? t(roleMessageKey(collaborator.role)) : '';

  if (isWorkspaceData(url)) {
    if (!collaborator) return;
    // The nav bar's About tab is the natural place; a page without it still gets the tip at the top.
    const tab = await run.waitFor(() => query(doc, sel.workspaceAboutTab), 5000);
    if (signal.aborted) return;
    const about = `${url.origin}/workspaces/${encodeURIComponent(workspace.namespace)}/${encodeURIComponent(workspace.name)}/about`;
    run.place(
      'wbc-ws-next-data',
      () => (tab ? query(doc, sel.workspaceAboutTab)?.parentElement : { anchor: doc.body, append: 'first' }),
      tip(
        'ws-next-data',
        [t('wsNextData', [collaborator.email, role])],
        [{ label: t('wsNextOpenAbout'), href: about }],
      ),
    );
    return;
  }

  const shared = () =>
    !!collaborator && includesCollaborator(queryAll(doc, sel.aboutCollaborator).map(textOf), collaborator.email);
  // Shown beside About's Share button until the instructor is in the collaborator list.
  if (collaborator)
    run.place(
      'wbc-ws-next-about',
      () => !shared() && aboutShareButton(doc)?.parentElement,
      tip('ws-next-about', [t('wsNextAbout', [collaborator.email, role])]),
    );
  const check = () => {
    if (query(doc, sel.aboutPurpose)) report(createdEvents(workspace, source));
    if (collaborator && shared()) report([sharedEvent(workspace, collaborator.email, source)]);
  };
  check();
  run.watch(check);
}

export const workspaceNextSteps = defineFeature({
  id: 'workspace-next-steps',
  include: [isWorkspaceData, isWorkspaceAbout],
  init,
});
