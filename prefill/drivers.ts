// How a value reaches a React-controlled Workbench widget: one small driver per widget kind.

type Writable = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function nativeSetValue(el: Writable, value: string): void {
  // React tracks `value` on the element itself; the prototype's setter bypasses that tracker,
  // so the following event is seen as a real change.
  let proto = Object.getPrototypeOf(el) as object | null;
  while (proto && !Object.getOwnPropertyDescriptor(proto, 'value')?.set)
    proto = Object.getPrototypeOf(proto) as object | null;
  const setter = proto && Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

/** Text input / textarea: prototype setter + bubbling `input`, then `focusout` for onBlur handlers. */
export function setText(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  nativeSetValue(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}

/** Checkbox: React ignores `.checked` + change events, so only a real click, and only when needed. */
export function setChecked(el: HTMLInputElement, checked: boolean): boolean {
  if (el.checked === checked) return false;
  el.click();
  return true;
}

/** Radio: a real click selects it; a radio cannot be unselected this way. */
export function chooseRadio(el: HTMLInputElement): boolean {
  if (el.checked) return false;
  el.click();
  return true;
}

/**
 * ARIA checkbox, switch or radio (role + aria-checked): only the page's own click handler changes it, so a real click.
 */
export function setAriaChecked(el: HTMLElement, checked: boolean): boolean {
  if ((el.getAttribute('aria-checked') === 'true') === checked) return false;
  el.click();
  return true;
}

/** ARIA textbox (contenteditable): the text, then the `input` event editors listen for. */
export function setEditableText(el: HTMLElement, value: string): void {
  el.textContent = value;
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
  el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}

/**
 * The Workbench renders the access tier and dataset version as native <select>s, not dropdown widgets: setter +
 * `change`.
 */
export function setSelect(el: HTMLSelectElement, value: string): boolean {
  if (el.value === value) return false;
  nativeSetValue(el, value);
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/** Hover as a person would, e.g. to make a disabled button show its tooltip. */
export function hover(el: Element, on: boolean): void {
  el.dispatchEvent(new MouseEvent(on ? 'mouseover' : 'mouseout', { bubbles: true, relatedTarget: null }));
}
