// Whether the trainee can see and use an element: only such fields are ever written (a look-alike hidden field is
// "not found", never filled). Pure reads of the DOM and its computed styles; one cache per page read.

/** Custom checkboxes and radios (Material UI, Chakra…) draw their own box over a transparent native input. */
const drawnOver = (el: Element) => el instanceof HTMLInputElement && /^(checkbox|radio)$/.test(el.type);

export type ShownCache = Map<Element, boolean>;

/** Transparent only for the first frames of an animation (a dialog fading in): about to be seen. */
const fadingIn = (el: Element) => (el.getAnimations?.().length ?? 0) > 0;

/** Rendered and opaque, with every ancestor: not aria-hidden, inert or hidden, not in a closed <details> (but for its
 * summary), not display:none. `own`: the field itself, also not visibility:hidden (inherited, so its own value says
 * it all), and transparent only when drawn over. */
export function containerShown(el: Element, cache: ShownCache, own = false): boolean {
  const known = own ? undefined : cache.get(el);
  if (known !== undefined) return known;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  const parent = el.parentElement;
  const shown =
    !(el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden') || el.hasAttribute('inert')) &&
    !(el instanceof HTMLInputElement && el.type === 'hidden') &&
    !(parent instanceof HTMLDetailsElement && !parent.open && el.localName !== 'summary') &&
    style?.display !== 'none' &&
    !(own && /hidden|collapse/.test(style?.visibility ?? '')) &&
    ((own && drawnOver(el)) || Number.parseFloat(style?.opacity || '1') !== 0 || fadingIn(el)) &&
    (!parent || containerShown(parent, cache));
  if (!own) cache.set(el, shown);
  return shown;
}

/** Layout exists (a real browser, not a DOM without rendering): only then are sizes and positions meaningful. */
export function hasLayout(doc: Document): boolean {
  return doc.documentElement.getBoundingClientRect().width > 0;
}

/**
 * Zero-size (or the one-pixel "visually hidden" clip) or placed left of / above the page, where nobody can scroll to.
 */
function outOfSight(el: Element): boolean {
  const target = drawnOver(el) && el.parentElement ? el.parentElement : el;
  const box = target.getBoundingClientRect();
  const view = el.ownerDocument.defaultView;
  if (box.width <= 1 || box.height <= 1) return true;
  // Scrolled out of a dialog's (or the page's) view is still reachable: measure from each scroll area's own origin.
  let [left, top] = [view?.scrollX ?? 0, view?.scrollY ?? 0];
  for (let area = target.parentElement; area && area !== el.ownerDocument.documentElement; area = area.parentElement) {
    left += area.scrollLeft;
    top += area.scrollTop;
  }
  return box.right + left <= 0 || box.bottom + top <= 0;
}

/**
 * A field the trainee can see: rendered, opaque, visible, not aria-hidden/inert, not in a closed <details>, with a
 * size, on the page.
 */
export function isShown(el: Element, cache: ShownCache = new Map()): boolean {
  if (!containerShown(el, cache, true)) return false;
  return !hasLayout(el.ownerDocument) || !outOfSight(el);
}
