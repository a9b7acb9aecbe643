/** @jsxImportSource @/ui/dom-jsx */
// A tip beside every Data Access Requirements step (identity gets two more: from abroad, and still grey), the
// time left for the page or what the yearly renewal asks, and what comes after the last step. Tips follow the
// page: a step that turns green gets its "done" note.
import { LiveTip } from '@/content/ui/LiveTip';
import { Tip } from '@/content/ui/Tip';
import { ACCESS_MODULES, readAccessModules } from '@/site/access-modules';
import { query } from '@/site/dom';
import { defineFeature, type FeatureRun } from '@/content/runner/feature-runner';
import { t } from '@/domain/i18n/t';
import { isDataAccessRequirements } from '@/site/pages';
import {
  identityAbroadTip,
  identityWaitingTip,
  initialCreditsTip,
  moduleTip,
  readAccessPage,
  renewalTip,
  summaryTip,
  workspacePointerTip,
} from '@/guidance/access-tips';
import { identityStartedAt, noteIdentityStarted } from '@/state/identity-started';
import { livePageValue } from '@/content/ui/live';
import { tipHostName } from '@/guidance/tip-content';
import * as sel from '@/site/selectors';

const header = (root: ParentNode) => query(root, sel.darInitialHeader) ?? query(root, sel.darRenewalHeader);
const anyModule = (root: ParentNode) => query(root, sel.darModule);

async function init(run: FeatureRun) {
  const { document, course, url } = run;
  // Back from Login.gov or ID.me (the callback URL), or Get Started was pressed before: a grey row needs explaining.
  let identityStarted = url.pathname === '/ras-callback';
  const live = livePageValue(run, () => ({ ...readAccessPage(document), identityStarted }));
  // Every step's tip waits for its row, so it appears in the same frame as the row.
  for (const step of Object.values(ACCESS_MODULES)) {
    run.place(
      tipHostName(`dar-${step}`),
      () => readAccessModules(document).find((module) => module.step === step)?.row,
      () => (
        <LiveTip
          live={live}
          view={(page) =>
            moduleTip(
              page.modules.find((m) => m.step === step),
              course,
            )
          }
        />
      ),
    );
  }
  // Identity still to do: the route from abroad under its tip, then (once started) what to do while it stays grey.
  const identityHost = (after: string) => identityPending(document) && document.querySelector(tipHostName(after));
  run.place(
    tipHostName('dar-identity-abroad'),
    () => identityHost('dar-identity'),
    () => <Tip {...identityAbroadTip(course.help)} />,
  );
  const placeWaiting = () =>
    run.place(
      tipHostName('dar-identity-waiting'),
      () => identityStarted && identityHost('dar-identity-abroad'),
      () => <Tip {...identityWaitingTip(course.help)} />,
    );
  placeWaiting();
  document.addEventListener(
    'click',
    (event) => {
      if (!(event.target as Element | null)?.closest?.(sel.darIdentityStart)) return;
      identityStarted = true;
      void noteIdentityStarted();
    },
    { capture: true, signal: run.signal },
  );
  // The yearly renewal lists its own rows: what to do there replaces the time estimate.
  run.place(
    tipHostName('dar-renewal'),
    () => query(document, sel.darRenewalHeader),
    () => <Tip {...renewalTip(course.help)} />,
  );
  run.place(
    tipHostName('dar-summary'),
    () => anyModule(document) && query(document, sel.darInitialHeader),
    () => <LiveTip live={live} view={(page) => summaryTip(page, course)} />,
  );
  run.place(
    tipHostName('dar-next-workspace'),
    () => query(document, sel.darCompleted),
    () => <Tip {...workspacePointerTip(course)} />,
  );
  run.place(
    tipHostName('dar-credits'),
    () => document.querySelector(tipHostName('dar-next-workspace')),
    () => <Tip {...initialCreditsTip(course.help)} />,
  );
  if (!identityStarted && (await identityStartedAt()) !== undefined) {
    identityStarted = true;
    placeWaiting();
  }
  // The Workbench changed its steps: say so under the page's heading instead of staying silent.
  const found = await run.waitFor(() => anyModule(document) || query(document, sel.darRenewalHeader));
  if (!found && !run.signal.aborted)
    run.place(
      tipHostName('dar-not-found'),
      () => header(document),
      () => notFoundTip(),
    );
}

/** The identity row shows its grey "still to do" mark. */
function identityPending(root: ParentNode): boolean {
  return readAccessModules(root).some(({ step, state }) => step === 'identity' && state === 'pending');
}

function notFoundTip() {
  return (
    <Tip
      id="dar-not-found"
      title={t('reg_dar_summary_title_unknown')}
      paragraphs={[t('notFoundDoByHand', t('reg_dar_steps_what'))]}
    />
  );
}

export const accessStepTips = defineFeature({
  id: 'access-step-tips',
  include: [isDataAccessRequirements],
  init,
});
