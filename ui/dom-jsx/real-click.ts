// Clickjacking: a page can lay its own opaque box over our button and let the trainee's click fall through it
// (pointer-events: none). A button that acts on the page counts a click only when the trainee could see what they
// clicked: the button shown, uncovered, for a moment (IntersectionObserver v2 tracks exactly that), and nothing of the
// page's above the clicked point.
import { t } from '@/domain/i18n/t';

/** How long a button must have been in full view, uncovered, before a click on it counts. */
export const SETTLED_MS = 500;

export type Refusal = 'covered' | 'too-soon';

const shownSince = new WeakMap<Element, number>();
const reported = new WeakSet<Element>();
let observer: IntersectionObserver | undefined;

/** Starts tracking whether the button is in view and uncovered; until then its clicks are refused. */
export function watchActionButton(button: Element): void {
  if (typeof IntersectionObserver === 'undefined') return;
  // trackVisibility: `isVisible` is true only while nothing covers the target and no opacity, filter or transform hides
  // it.
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const { target, time, isVisible } of entries as Array<IntersectionObserverEntry & { isVisible?: boolean }>) {
        reported.add(target);
        if (!isVisible) shownSince.delete(target);
        else if (!shownSince.has(target)) shownSince.set(target, time);
      }
    },
    { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  observer.observe(button);
}

/** Why this click must not act, or undefined when it really reached the button the trainee saw. */
export function refusalFor(event: MouseEvent, button: Element): Refusal | undefined {
  const since = shownSince.get(button);
  // Not yet reported on: it has only just been put in the page.
  if (since === undefined) return reported.has(button) ? 'covered' : 'too-soon';
  if (performance.now() - since < SETTLED_MS) return 'too-soon';
  // A keyboard click (Enter, Space) has no point: the button's own centre stands for it.
  const box = button.getBoundingClientRect();
  const [x, y] =
    event.detail > 0 ? [event.clientX, event.clientY] : [box.left + box.width / 2, box.top + box.height / 2];
  const host = (button.getRootNode() as Partial<ShadowRoot>).host;
  const tree = host?.getRootNode() as Document | ShadowRoot | undefined;
  return tree && tree.elementFromPoint(x, y) === host ? undefined : 'covered';
}

/** Says beside the button why nothing happened; a click that counts takes the note away. */
export function showRefusal(button: Element, refusal: Refusal | undefined): void {
  const next = button.nextElementSibling;
  let note = next?.hasAttribute('data-wbc-refused') ? next : undefined;
  if (!refusal) return void note?.remove();
  if (!note) {
    note = document.createElement('span');
    note.className = 'wbc-warn';
    note.setAttribute('role', 'status');
    button.after(' ', note);
  }
  note.setAttribute('data-wbc-refused', refusal);
  note.textContent = t(refusal === 'covered' ? 'clickCovered' : 'clickTooSoon');
}
