// A JSX runtime that builds real DOM nodes. The content script's UI is a handful of small, mostly
// static notes: it needs no virtual DOM.
// Files opt in with a `@jsxImportSource @/ui/dom-jsx` pragma; the popup and options keep Preact.

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
    // onClick → click, onFocusIn → focusin. Only the trainee's own input counts: the page can dispatch events at our controls.
    if (name.startsWith('on'))
      element.addEventListener(name.slice(2).toLowerCase(), (event) => event.isTrusted && (value as Handler)(event));
    // Properties, not attributes: what the browser shows and submits.
    else if (name === 'value' || name === 'disabled') (element as unknown as Record<string, unknown>)[name] = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...nodes(props.children));
  return element;
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
