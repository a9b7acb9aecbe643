// WXT stops a content script when a newer copy of it announces itself with a DOM event on the document.
// The page can dispatch that event too, and would switch our tips off. Copies of this script share one
// isolated world, which the page cannot reach: a copy marks itself there before WXT announces it, and
// only an announcement made while that mark is set gets through.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const STARTING = Symbol.for('workbench-companion.starting');
type Marked = typeof globalThis & { [STARTING]?: boolean };

/** WXT's own name for the event (a private static in its types; the browser test fails if it ever changes). */
export const startEventName = (ctx: ContentScriptContext): string =>
  (ctx.constructor as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

/** Module top level: runs before WXT creates this copy's context (and dispatches its start event). */
export function markStarting(): void {
  (globalThis as Marked)[STARTING] = true;
}

/** In main(): this copy's own announcement is done; from now on only a real newer copy may stop it. */
export function acceptOnlyOurStartEvents(ctx: ContentScriptContext, win: Window = window): void {
  (globalThis as Marked)[STARTING] = false;
  win.addEventListener(
    startEventName(ctx),
    (event) => {
      if (!(globalThis as Marked)[STARTING]) event.stopImmediatePropagation();
    },
    // Capture on the window runs before WXT's listener on the document.
    { capture: true, signal: ctx.signal },
  );
}
