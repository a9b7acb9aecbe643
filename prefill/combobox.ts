// Picking an answer in a dropdown: a native <select>, or an ARIA combobox with a listbox (Material UI Select and
// Autocomplete, react-select…): open it as a person would, click the option that means the answer, close it.
import type { WaitFor } from '../site/anchor';
import { textOf } from '../site/dom';
import * as sel from '../site/selectors';
import { isShown } from '../site/visibility';
import type { DropdownDriver, PickOutcome } from './apply';
import { answerOf, chooseOption } from './choose';
import { setSelect } from './drivers';

/** The listbox the combobox controls (aria-controls/-owns), else the one listbox shown on the page. */
function listboxOf(el: HTMLElement): HTMLElement | undefined {
  const doc = el.ownerDocument;
  const owner = el.closest(sel.ariaOwner) ?? el;
  for (const id of `${el.getAttribute('aria-controls') ?? ''} ${owner.getAttribute('aria-owns') ?? ''}`.split(/\s+/)) {
    const list = id ? doc.getElementById(id) : null;
    if (list?.matches(sel.anyListbox) && isShown(list)) return list;
  }
  const shown = [...doc.querySelectorAll<HTMLElement>(sel.anyListbox)].filter((list) => isShown(list));
  return shown.length === 1 ? shown[0] : undefined;
}

const mouse = (el: Element, type: string) =>
  el.dispatchEvent(
    new MouseEvent(type, { bubbles: true, cancelable: true, button: 0, view: el.ownerDocument.defaultView }),
  );
const key = (el: Element, name: string) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));

/**
 * Libraries open on different events (Material UI's Select on mousedown, others on click or the arrow key): each in
 * turn.
 */
async function open(el: HTMLElement, waitFor: WaitFor): Promise<HTMLElement | undefined> {
  const tries = [() => mouse(el, 'mousedown'), () => el.click(), () => key(el, 'ArrowDown')];
  el.focus();
  for (const attempt of tries) {
    const now = listboxOf(el);
    if (now) return now;
    attempt();
    await Promise.resolve();
    const list = await waitFor(() => listboxOf(el), 400);
    if (list) return list;
  }
  return listboxOf(el);
}

/** Chooses the option meaning `want`; the caller checks the value took. A native <select> gets its value set. */
export async function pickOption(
  el: HTMLElement,
  meanings: Record<string, RegExp>,
  want: string,
  waitFor: WaitFor,
): Promise<PickOutcome> {
  if (el instanceof HTMLSelectElement) {
    const options = [...el.options];
    const choice = chooseOption(
      options.map((o) => textOf(o)),
      meanings,
      want,
    );
    if (choice.status !== 'found') return choice.status;
    setSelect(el, options[choice.index]!.value);
    return 'ok';
  }
  const list = await open(el, waitFor);
  if (!list) return 'failed';
  const options = [...list.querySelectorAll<HTMLElement>(sel.listOption)].filter((o) => isShown(o));
  const choice = chooseOption(
    options.map((o) => textOf(o)),
    meanings,
    want,
  );
  if (choice.status !== 'found') {
    key(el, 'Escape');
    return choice.status;
  }
  const option = options[choice.index]!;
  mouse(option, 'mousedown');
  option.click();
  // Most lists close on their own once an option is picked; one still open is closed the way a person would.
  if (!(await waitFor(() => !listboxOf(el) || !list.isConnected, 400)))
    key(el.ownerDocument.activeElement ?? el, 'Escape');
  return 'ok';
}

/** What a dropdown shows as chosen: a select's option, a combobox input's text, else the combobox's own text. */
function shownValue(el: HTMLElement): string {
  if (el instanceof HTMLSelectElement) return textOf(el.options[el.selectedIndex]);
  return el instanceof HTMLInputElement ? el.value : textOf(el);
}

/** Reads and picks choices offered as dropdowns, by meaning. */
export const dropdownDriver: DropdownDriver = {
  read: (el, meanings) => answerOf(shownValue(el), meanings),
  pick: pickOption,
};
