// Answers the options page's "check this tab": how many matches each of our selectors has here.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { countSelectors, DIAGNOSTICS_REQUEST, type SelectorCounts } from '@/utils/diagnostics';
import { codeOfConductPageOf, loginStepOf } from '@/utils/pages';

export function answerDiagnostics(ctx: ContentScriptContext, win: Window = window): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: SelectorCounts) => void) => {
    if ((message as { type?: unknown })?.type !== DIAGNOSTICS_REQUEST) return undefined;
    const doc = win.document;
    sendResponse(countSelectors(doc, win.location.href, loginStepOf(doc) ?? codeOfConductPageOf(doc)));
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
