/** @jsxImportSource @/utils/dom-jsx */
// A tip beside every Data Access Requirements step, the time left for the page, and what comes
// after the last step. Tips follow the page: a step that turns green gets its "done" note.
import { LiveTip } from '@/components/LiveTip';
import { Tip } from '@/components/Tip';
import { ACCESS_MODULES, readAccessModules } from '@/utils/access-modules';
import { query } from '@/utils/dom';
import { defineFeature, type FeatureRun } from '@/utils/feature-runner';
import { t } from '@/utils/i18n/t';
import { isDataAccessRequirements } from '@/utils/pages';
import { moduleTip, readAccessPage, summaryTip, workspacePointerTip } from '@/utils/registration/access-tips';
import { livePageValue } from '@/utils/registration/live';
import { tipHostName } from '@/utils/registration/placed-tip';
import * as sel from '@/utils/selectors';

const header = (root: ParentNode) => query(root, sel.darInitialHeader) ?? query(root, sel.darRenewalHeader);
const anyModule = (root: ParentNode) => query(root, sel.darModule);

async function init(run: FeatureRun) {
  const { document, course } = run;
  const live = livePageValue(run, () => readAccessPage(document));
  // Every step's tip waits for its row, so it appears in the same frame as the row.
  for (const step of Object.values(ACCESS_MODULES)) {
    run.place(
      tipHostName(`dar-${step}`),
      () => readAccessModules(document).find((module) => module.step === step)?.row,
      () => <LiveTip live={live} view={(page) => moduleTip(page.modules.find((m) => m.step === step), course)} />,
    );
  }
  run.place(tipHostName('dar-summary'), () => anyModule(document) && header(document), () => <LiveTip live={live} view={(page) => summaryTip(page, course)} />);
  run.place(tipHostName('dar-next-workspace'), () => query(document, sel.darCompleted), () => <Tip {...workspacePointerTip(course)} />);
  // The Workbench changed its steps: say so under the page's heading instead of staying silent.
  const found = await run.waitFor(() => anyModule(document));
  if (!found && !run.signal.aborted) run.place(tipHostName('dar-not-found'), () => header(document), () => notFoundTip());
}

function notFoundTip() {
  return <Tip id="dar-not-found" title={t('reg_dar_summary_title_unknown')} paragraphs={[t('notFoundDoByHand', t('reg_dar_steps_what'))]} />;
}

export const accessStepTips = defineFeature({
  id: 'access-step-tips',
  include: [isDataAccessRequirements],
  init,
});
