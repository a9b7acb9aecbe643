import { createIsolatedElement } from '@webext-core/isolated-element';
import { UI_CSS } from './styles';
import { ownTyping } from './typing-guard';
import type { CreateUi } from '@/content/runner/feature-runner';

/**
 * Events stopped at our shadow root: the Workbench's React listens at its root, and must never see our
 * clicks, keys or focus (a click bubbling into the billing box would open Google's billing pop-up).
 */
export const ISOLATED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'mouseover',
  'mouseout',
  'pointerover',
  'pointerout',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'change',
  'beforeinput',
  'focusin',
  'focusout',
  'submit',
];

/** The reset WXT's createShadowRootUi puts first: the page's inherited styles stop at our host. */
const HOST_RESET = ':host{all:initial !important;}';

/** Controls that hold what the trainee types: a UI with one is only ever built in a closed shadow root. */
const TYPED_VALUE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

export function asksForTypedValue(node: Node): boolean {
  return (
    (node instanceof Element && node.matches(TYPED_VALUE)) ||
    !!(node as Partial<ParentNode>).querySelector?.(TYPED_VALUE)
  );
}

/** An open root never holds a typed value: a field added to one later is taken out before anyone can type in it. */
function keepTypedValuesOut(root: ShadowRoot, name: string): void {
  new MutationObserver(() => {
    for (const field of root.querySelectorAll(TYPED_VALUE)) {
      console.warn(`[workbench-companion] ${name}: a text field belongs in a closed shadow root; removed`);
      field.remove();
    }
  }).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
}

/**
 * Hosts for the runner's placements: the isolated element WXT's createShadowRootUi is built on, without its
 * anchor-waiting auto-mount (the runner places hosts itself), which cost 2.3 KB gzip on every Workbench page.
 * Removal is the run's: it ends on every navigation and when the context is invalidated (the runner stops).
 * A UI that asks the trainee to type anything gets a closed root whatever the feature asked: the page cannot read it.
 */
export const createUi: CreateUi = async (name, render, { closed }) => {
  const content = render();
  const mode = closed || asksForTypedValue(content) ? 'closed' : 'open';
  const {
    parentElement: host,
    shadow,
    isolatedElement,
  } = await createIsolatedElement({
    name,
    css: { textContent: `${HOST_RESET}\n${UI_CSS}` },
    mode,
    isolateEvents: ISOLATED_EVENTS,
  });
  isolatedElement.append(content);
  if (mode === 'open') keepTypedValuesOut(shadow, name);
  ownTyping(host, shadow);
  host.setAttribute('data-wbc', name);
  return { host, root: shadow, remove: () => host.remove() };
};
