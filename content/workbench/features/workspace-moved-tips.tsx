/** @jsxImportSource @/ui/dom-jsx */
// The legacy Workbench no longer creates workspaces: beside its "Researcher Workbench is moving" modal, its
// "Migration has ended." banner and after its redirect from /workspaces/build, say where to go and with what.
import { Tip } from '@/content/ui/Tip';
import { query } from '@/site/dom';
import { defineFeature, type FeatureRun } from '@/content/runner/feature-runner';
import {
  isWorkbenchHome,
  isWorkspaceCreate,
  migrationEndedBannerOf,
  wasSentHomeFromBuild,
  workspaceMovedModalOf,
} from '@/site/pages';
import { workspaceMovedTip } from '@/guidance/workspace-moved-tips';
import * as sel from '@/site/selectors';

// The content script outlives SPA navigations: a visit to /workspaces/build just before tells a redirect apart.
const REDIRECT_WINDOW_MS = 30_000;
let buildVisit: { url: URL; at: number } | undefined;
let firstRun = true;

/** The document's own first URL: a full load of /workspaces/build may be redirected before this script starts. */
const firstDocumentUrl = () =>
  (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.name;

function init(run: FeatureRun) {
  const { document: doc, course, url } = run;
  const recent = buildVisit && Date.now() - buildVisit.at < REDIRECT_WINDOW_MS ? buildVisit.url : undefined;
  const sentHome = wasSentHomeFromBuild(url, recent, firstRun ? firstDocumentUrl() : undefined);
  firstRun = false;
  buildVisit = undefined;
  if (isWorkspaceCreate(url)) {
    buildVisit = { url, at: Date.now() };
    return;
  }
  // Inside the modal, under its buttons: the trainee reads it before choosing.
  run.place(
    'wbc-ws-moved-modal',
    () => workspaceMovedModalOf(doc),
    () => <Tip {...workspaceMovedTip('modal', course)} />,
    { append: 'last' },
  );
  // After a redirect the tip says why they are here; without the banner, it leads the page.
  const moment = sentHome ? 'redirect' : 'banner';
  run.place(
    `wbc-ws-moved-${moment}`,
    () => {
      const banner = migrationEndedBannerOf(doc);
      if (banner) return banner;
      const root = sentHome && query(doc, sel.appRoot);
      return root ? { anchor: root, append: 'first' } : undefined;
    },
    () => <Tip {...workspaceMovedTip(moment, course)} />,
  );
}

export const workspaceMovedTips = defineFeature({
  id: 'workspace-moved-tips',
  include: [isWorkbenchHome, isWorkspaceCreate],
  init,
});
