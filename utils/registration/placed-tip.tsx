/** @jsxImportSource @/utils/dom-jsx */
// A tip and where it goes on the page: beside a Workbench control, never on top of it.
import { Tip, type TipProps } from '@/components/Tip';
import type { FeatureRun, Placement } from '@/utils/feature-runner';

export interface PlacedTip extends TipProps {
  /** Finds the element the tip sits beside; null when the Workbench changed. */
  anchor: (root: ParentNode) => Element | null | undefined;
  append: Placement;
}

/** The shadow host's tag name for a tip id (custom element names need a dash). */
export function tipHostName(id: string): string {
  return `wbc-tip-${id}`;
}

/** Places a page's tips; a tip whose anchor is missing shows at the fallback (first inside it), if any. */
export function placeTips(run: Pick<FeatureRun, 'document' | 'place'>, tips: PlacedTip[], fallback?: () => Element | null | undefined): void {
  for (const { anchor: find, append, ...tip } of tips) {
    run.place(
      tipHostName(tip.id),
      () => {
        const anchor = find(run.document);
        const spare = anchor ? undefined : fallback?.();
        return anchor ? { anchor, append } : spare && { anchor: spare, append: 'first' };
      },
      () => <Tip {...tip} />,
    );
  }
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
