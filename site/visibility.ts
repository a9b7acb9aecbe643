// Whether the trainee can see and use an element: only such fields are ever written (a look-alike hidden field is
// "not found", never filled). Pure reads of the DOM and its computed styles; one cache per page read.

/** Hidden for everyone: removed from the accessibility tree or from rendering by an attribute. */
function hiddenByAttribute(el: Element): boolean {
  return (
    el.getAttribute('aria-hidden') === 'true' ||
    el.hasAttribute('hidden') ||
    el.hasAttribute('inert') ||
    (el instanceof HTMLInputElement && el.type === 'hidden')
  );
}

/** Inside a closed <details>, everything but its <summary> is not rendered. */
function inClosedDetails(el: Element, parent: Element | null): boolean {
  return (
    parent instanceof HTMLDetailsElement && !parent.open && !(el instanceof HTMLElement && el.localName === 'summary')
  );
}

/** Custom checkboxes and radios (Material UI, Chakra…) draw their own box over a transparent native input. */
const drawnOver = (el: Element) => el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');

export type ShownCache = Map<Element, boolean>;

const transparent = (style: CSSStyleDeclaration | undefined) => Number.parseFloat(style?.opacity || '1') === 0;

/** An ancestor lets its content be seen: rendered, not transparent, not hidden by an attribute or a closed <details>. */
export function containerShown(el: Element, cache: ShownCache): boolean {
  const known = cache.get(el);
  if (known !== undefined) return known;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  const parent = el.parentElement;
  const shown =
    !hiddenByAttribute(el) &&
    !inClosedDetails(el, parent) &&
    style?.display !== 'none' &&
    !transparent(style) &&
    (!parent || containerShown(parent, cache));
  cache.set(el, shown);
  return shown;
}

/** The element itself (visibility is inherited, so its own computed value says it all) and every ancestor. */
function rendered(el: Element, cache: ShownCache): boolean {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  if (hiddenByAttribute(el) || inClosedDetails(el, el.parentElement) || style?.display === 'none') return false;
  if (style?.visibility === 'hidden' || style?.visibility === 'collapse') return false;
  if (transparent(style) && !drawnOver(el)) return false;
  return !el.parentElement || containerShown(el.parentElement, cache);
}

/** Layout exists (a real browser, not a DOM without rendering): only then are sizes and positions meaningful. */
export function hasLayout(doc: Document): boolean {
  return doc.documentElement.getBoundingClientRect().width > 0;
}

/** Zero-size (or the one-pixel "visually hidden" clip) or placed left of / above the page, where nobody can scroll to. */
function outOfSight(el: Element): boolean {
  const target = drawnOver(el) && el.parentElement ? el.parentElement : el;
  const box = target.getBoundingClientRect();
  const view = el.ownerDocument.defaultView;
  if (box.width <= 1 || box.height <= 1) return true;
  return box.right + (view?.scrollX ?? 0) <= 0 || box.bottom + (view?.scrollY ?? 0) <= 0;
}

/** A field the trainee can see: rendered, opaque, visible, not aria-hidden/inert, not in a closed <details>, with a size, on the page. */
export function isShown(el: Element, cache: ShownCache = new Map()): boolean {
  if (!rendered(el, cache)) return false;
  return !hasLayout(el.ownerDocument) || !outOfSight(el);
}

/** A field that takes input now: shown and not disabled (natively, by its fieldset, or by aria-disabled). */
export function isUsable(el: Element, cache?: ShownCache): boolean {
  const disabled =
    (el as HTMLInputElement).disabled === true ||
    el.getAttribute('aria-disabled') === 'true' ||
    Boolean(el.closest('fieldset[disabled]'));
  return !disabled && isShown(el, cache);
}
