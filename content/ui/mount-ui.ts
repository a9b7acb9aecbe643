import { createIsolatedElement } from '@webext-core/isolated-element';
import { UI_CSS } from './styles';
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

/**
 * Hosts for the runner's placements: the isolated element WXT's createShadowRootUi is built on, without its
 * anchor-waiting auto-mount (the runner places hosts itself), which cost 2.3 KB gzip on every Workbench page.
 * Removal is the run's: it ends on every navigation and when the context is invalidated (the runner stops).
 */
export const createUi: CreateUi = async (name, render, { closed }) => {
  const {
    parentElement: host,
    shadow,
    isolatedElement,
  } = await createIsolatedElement({
    name,
    css: { textContent: `${HOST_RESET}\n${UI_CSS}` },
    mode: closed ? 'closed' : 'open',
    isolateEvents: ISOLATED_EVENTS,
  });
  isolatedElement.append(render());
  host.setAttribute('data-wbc', name);
  return { host, root: shadow, remove: () => host.remove() };
};
