// A JSX runtime that builds real DOM nodes. The content script's UI is a handful of small, mostly
// static notes: it needs no virtual DOM.
// Files opt in with a `@jsxImportSource @/ui/dom-jsx` pragma; the popup and options keep Preact.

import { refusalFor, showRefusal, watchActionButton } from './real-click';

export type Child = Node | string | number | boolean | null | undefined | Child[];
type Handler = (event: Event) => void;
type Props = { children?: Child; [name: string]: unknown };
type Component<P> = (props: P) => Node;

export function jsx<P extends Props>(type: string | Component<P>, props: P): Node {
  if (typeof type === 'function') return type(props);
  const element = document.createElement(type);
  for (const name in props) {
    const value = props[name];
    if (name === 'children' || value == null || value === false) continue;
    // onClick → click, onFocusIn → focusin. Only the trainee's own input counts: the page can dispatch events at our
    // controls.
    if (name.startsWith('on')) listen(element, name.slice(2).toLowerCase(), value as Handler);
    // Properties, not attributes: what the browser shows and submits.
    else if (name === 'value' || name === 'disabled') (element as unknown as Record<string, unknown>)[name] = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...nodes(props.children));
  if (element.hasAttribute('data-action')) watchActionButton(element);
  return element;
}

const handlers = new WeakMap<Element, Map<string, Handler>>();

function listen(element: Element, type: string, handler: Handler): void {
  element.addEventListener(type, trustedOnly(element, handler));
  handlers.set(element, (handlers.get(element) ?? new Map()).set(type, handler));
}

/** The handler a prop wired for `type` on `element`: the typing guard calls it for an event it keeps from the page. */
export function handlerFor(element: Element, type: string): Handler | undefined {
  return handlers.get(element)?.get(type);
}

/**
 * The handler, for the trainee's own events only. A button that acts on the page (`data-action`) also counts a click
 * only when it really reached it: shown uncovered for a moment, nothing of the page's above the point (real-click.ts).
 */
function trustedOnly(element: Element, handler: Handler): Handler {
  return (event) => {
    if (!event.isTrusted) return;
    if (event.type === 'click' && element.hasAttribute('data-action')) {
      const refusal = refusalFor(event as MouseEvent, element);
      showRefusal(element, refusal);
      if (refusal) return;
    }
    handler(event);
  };
}

export { jsx as jsxs };

export function Fragment({ children }: { children?: Child }): Node {
  const fragment = document.createDocumentFragment();
  fragment.append(...nodes(children));
  return fragment;
}

/** Children as nodes and text; null, undefined and booleans render nothing (as in React). */
export function nodes(child: Child): Array<Node | string> {
  if (child == null || typeof child === 'boolean') return [];
  if (Array.isArray(child)) return child.flatMap(nodes);
  return [typeof child === 'number' ? String(child) : child];
}

type Attributes = { children?: Child; class?: string; [attribute: string]: unknown } & {
  [handler: `on${string}`]: Handler | undefined;
};

export namespace JSX {
  export type Element = Node;
  export interface ElementChildrenAttribute {
    children: unknown;
  }
  export interface IntrinsicElements {
    [tag: string]: Attributes;
  }
}
