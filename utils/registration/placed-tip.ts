// A tip and where it goes on the page: beside a Workbench control, never on top of it.
import type { TipProps } from '@/components/Tip';

export type Placement = 'before' | 'after' | 'first' | 'last';

export interface PlacedTip extends TipProps {
  /** Finds the element the tip sits beside; null when the Workbench changed. */
  anchor: (root: ParentNode) => Element | null | undefined;
  append: Placement;
}

/** The shadow host's tag name for a tip id (custom element names need a dash). */
export function tipHostName(id: string): string {
  return `wbc-tip-${id}`;
}

export function parentOf(element: Element | null | undefined): Element | null {
  return element?.parentElement ?? null;
}

/** The closest element holding both, e.g. the block of address fields from the first to the last. */
export function commonAncestor(a: Element | null | undefined, b: Element | null | undefined): Element | null {
  if (!a || !b) return null;
  for (let node: Element | null = a.parentElement; node; node = node.parentElement) {
    if (node.contains(b)) return node;
  }
  return null;
}
