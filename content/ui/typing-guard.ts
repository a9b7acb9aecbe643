// A page's capture listener on window hears every key the trainee presses and every text put in, wherever focus is:
// what they type into our closed roots would still reach it. Listening first (at document_start, before any page
// script), we keep those events from the page and hand them to our own handlers ourselves.
import { handlerFor } from '@/ui/dom-jsx/jsx-runtime';

const TYPING_EVENTS = [
  'keydown',
  'keypress',
  'keyup',
  'beforeinput',
  'input',
  'textInput',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'paste',
  'drop',
];

const roots = new WeakMap<EventTarget, ShadowRoot>();

/** Marks one of our hosts: typing inside it is kept from the page. */
export function ownTyping(host: Element, root: ShadowRoot): void {
  roots.set(host, root);
}

/** Installs the window's first capture listeners; call before any page script runs. */
export function hideTypingFromPage(win: Window): void {
  for (const type of TYPING_EVENTS)
    win.addEventListener(
      type,
      (event) => {
        const root = roots.get(hostOf(event.target));
        if (!root || !event.isTrusted) return;
        event.stopImmediatePropagation();
        // Still delivered to our own handlers, from the focused field outwards, as the event would have reached them.
        const field = root.activeElement;
        for (let node = field; node; node = node.parentElement) handlerFor(node, type)?.(standIn(event, field!, node));
      },
      { capture: true },
    );
}

/** At window the target is our host (retargeted); seen from inside a shadow root, that root's host. */
function hostOf(target: EventTarget | null): EventTarget {
  const root = (target as Partial<Node> | null)?.getRootNode?.();
  return root instanceof ShadowRoot ? root.host : (target ?? window);
}

/**
 * What our handlers read of the event, with the field as its target (the page-level event is retargeted to the host).
 */
function standIn(event: Event, target: Element, currentTarget: Element): Event {
  const { type, isTrusted } = event;
  const { key, data } = event as KeyboardEvent & InputEvent;
  return {
    type,
    isTrusted,
    key,
    data,
    target,
    currentTarget,
    preventDefault: () => event.preventDefault(),
  } as unknown as Event;
}
