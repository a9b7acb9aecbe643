// A way out of every Workbench dead end: signed out, not found, disabled, or an admin-only page.
import { query } from '@/site/dom';
import { defineFeature, type FeatureRun } from '@/content/runner/feature-runner';
import { errorRouteOf, isAdminRoute, isAuthorityMissingPage, isWorkbenchErrorPage } from '@/site/pages';
import { placeTips } from '@/content/ui/placed-tip';
import { recoveryTip, type DeadEnd } from '@/guidance/recovery-tips';
import * as sel from '@/site/selectors';

/** Admin routes only count when the Workbench says the authority is missing (admins see a real page). */
function deadEndShown(url: URL, doc: Document): DeadEnd | undefined {
  const route = errorRouteOf(url);
  if (route) return query(doc, sel.errorMessage) ? route : undefined;
  return isAuthorityMissingPage(doc) && query(doc, sel.authorityMissingIcon) ? 'authority-missing' : undefined;
}

async function init(run: FeatureRun) {
  const { url, document } = run;
  // An error route whose page changed shape still gets its way out (shown at the top).
  const deadEnd = (await run.waitFor(() => deadEndShown(url, document))) ?? errorRouteOf(url);
  if (run.signal.aborted || !deadEnd) return;
  placeTips(run, [recoveryTip(deadEnd, run.course.help)], () => document.body);
}

export const errorRecovery = defineFeature({
  id: 'error-recovery',
  include: [isWorkbenchErrorPage, isAdminRoute],
  init,
});
