import { foldSpaces } from '../domain/text/fold-spaces';

/** The text as the DOM holds it (buttons are uppercased by CSS only), whitespace folded. */
export function textOf(node: Node | null | undefined): string {
  return foldSpaces(node?.textContent);
}

/** querySelector typed for the Workbench's elements (selectors come from `selectors.ts`). */
export function query<E extends Element = HTMLElement>(root: ParentNode, css: string): E | null {
  return root.querySelector<E>(css);
}

export function queryAll<E extends Element = HTMLElement>(root: ParentNode, css: string): E[] {
  return [...root.querySelectorAll<E>(css)];
}
