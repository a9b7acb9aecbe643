// Answers the options page's "check this tab": how many matches each selector it sends has here.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { countSelectors, isSelectorTable, type SelectorCounts } from '@/site/diagnostics';
import { DIAGNOSTICS_REQUEST } from '@/messaging/protocol';
import { codeOfConductPageOf, loginStepOf } from '@/site/pages';

export function answerDiagnostics(ctx: ContentScriptContext, win: Window = window): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: SelectorCounts) => void) => {
    const request = message as { type?: unknown; selectors?: unknown } | undefined;
    if (request?.type !== DIAGNOSTICS_REQUEST || !isSelectorTable(request.selectors)) return undefined;
    const doc = win.document;
    sendResponse(
      countSelectors(doc, request.selectors, win.location.href, loginStepOf(doc) ?? codeOfConductPageOf(doc)),
    );
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
