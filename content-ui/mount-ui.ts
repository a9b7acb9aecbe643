import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { UI_CSS } from './styles';
import type { CreateUi } from '@/utils/feature-runner';

/**
 * Events stopped at our shadow root: the Workbench's React listens at its root, and must never see our
 * clicks, keys or focus (a click bubbling into the billing box would open Google's billing pop-up).
 */
export const ISOLATED_EVENTS = ['click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'mouseover', 'mouseout', 'pointerover', 'pointerout', 'keydown', 'keyup', 'keypress', 'input', 'change', 'beforeinput', 'focusin', 'focusout', 'submit'];

/** Hosts for the runner's placements, built by WXT (inline CSS, so no await beyond microtasks). */
export function createUiFactory(ctx: ContentScriptContext): CreateUi {
  return async (name, render, { closed }) => {
    const ui = await createShadowRootUi(ctx, {
      name,
      css: UI_CSS,
      mode: closed ? 'closed' : 'open',
      position: 'inline',
      isolateEvents: ISOLATED_EVENTS,
      // The runner inserts the host itself (and moves it when the page replaces the anchor).
      anchor: () => document.documentElement,
      append: () => undefined,
      onMount: (container) => container.append(render()),
    });
    ui.mount();
    ui.shadowHost.setAttribute('data-wbc', name);
    return { host: ui.shadowHost, root: ui.shadow, remove: ui.remove };
  };
}
