/** @jsxImportSource @/utils/dom-jsx */
// A tip beside every Data Access Requirements step, the time left for the page, and what comes
// after the last step. Tips follow the page: a step that turns green gets its "done" note.
import { LiveTip } from '@/components/LiveTip';
import { Tip } from '@/components/Tip';
import { readAccessModules } from '@/utils/access-modules';
import { onPageChange, query, waitForElement } from '@/utils/dom';
import { defineFeature, type FeatureRun } from '@/utils/feature-runner';
import { t } from '@/utils/i18n/t';
import { isDataAccessRequirements } from '@/utils/pages';
import { moduleTip, readAccessPage, summaryTip, workspacePointerTip } from '@/utils/registration/access-tips';
import { livePageValue } from '@/utils/registration/live';
import { tipHostName, type Placement } from '@/utils/registration/placed-tip';
import * as sel from '@/utils/selectors';

const header = (root: ParentNode) => query(root, sel.darInitialHeader) ?? query(root, sel.darRenewalHeader);

async function init(run: FeatureRun) {
  const { document, signal, course } = run;
  const first = await waitForElement(document.body, sel.darModule, signal);
  if (signal.aborted) return;
  if (!first) {
    const anchor = header(document);
    if (anchor) await run.mount({ name: tipHostName('dar-not-found'), anchor, append: 'after', render: () => notFoundTip() });
    return;
  }
  const live = livePageValue(document.body, signal, () => readAccessPage(document));
  const pending = new Set<string>();
  // Mounts once per name; again only if the Workbench re-rendered the tip away.
  const place = (name: string, anchor: Element | null | undefined, append: Placement, render: () => Node) => {
    if (!anchor || pending.has(name) || document.querySelector(name)?.isConnected) return;
    pending.add(name);
    void run.mount({ name, anchor, append, render }).finally(() => pending.delete(name));
  };
  const sync = () => {
    for (const { step, row } of readAccessModules(document)) {
      place(tipHostName(`dar-${step}`), row, 'after', () => <LiveTip live={live} view={(page) => moduleTip(page.modules.find((m) => m.step === step), course)} />);
    }
    place(tipHostName('dar-summary'), header(document), 'after', () => <LiveTip live={live} view={(page) => summaryTip(page, course)} />);
    place(tipHostName('dar-next-workspace'), query(document, sel.darCompleted), 'after', () => <Tip {...workspacePointerTip()} />);
  };
  sync();
  onPageChange(document.body, signal, sync);
}

function notFoundTip() {
  return <Tip id="dar-not-found" title={t('reg_dar_summary_title_unknown')} paragraphs={[t('notFoundDoByHand', t('reg_dar_steps_what'))]} />;
}

export const accessStepTips = defineFeature({
  id: 'access-step-tips',
  include: [isDataAccessRequirements],
  init,
});
