// A tip as data: the content scripts render it beside a Workbench control, the options page previews it.
import type { Placement } from '@/site/anchor';
import { t } from '@/domain/i18n/t';

export interface TipLink {
  label: string;
  href: string;
}

export interface TipProps {
  id: string;
  title: string;
  paragraphs: string[];
  links?: TipLink[];
}

export interface PlacedTip extends TipProps {
  /** Finds the element the tip sits beside; null when the Workbench changed. */
  anchor: (root: ParentNode) => Element | null | undefined;
  append: Placement;
}

/** The public page a tip's facts come from: its last link, labelled "Source". */
export function sourceLink(href: string): TipLink {
  return { label: t('tipSource'), href };
}

/** Only https: and mailto: links are ever rendered as links. */
export function safeHref(href: string): string | undefined {
  return /^(https:|mailto:)/i.test(href) ? href : undefined;
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
