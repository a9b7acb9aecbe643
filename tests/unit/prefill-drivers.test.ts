import { beforeEach, describe, expect, it } from 'vitest';
import { chooseRadio, hover, setChecked, setSelect, setText } from '@/prefill/drivers';

/** Like React: an own `value` property on the element that remembers the last value written through it. */
function trackLikeReact(el: HTMLInputElement | HTMLTextAreaElement) {
  const proto = Object.getPrototypeOf(el) as object;
  let owner: object | null = proto;
  while (owner && !Object.getOwnPropertyDescriptor(owner, 'value'))
    owner = Object.getPrototypeOf(owner) as object | null;
  const native = Object.getOwnPropertyDescriptor(owner!, 'value')!;
  const tracker = { last: el.value };
  Object.defineProperty(el, 'value', {
    configurable: true,
    get: () => native.get!.call(el),
    set: (v: string) => {
      tracker.last = v;
      native.set!.call(el, v);
    },
  });
  return tracker;
}

function record(el: EventTarget, types: string[]) {
  const seen: string[] = [];
  for (const type of types)
    document.body.addEventListener(
      type,
      (e) => e.target === el && seen.push(`${type}${e.bubbles ? '' : '(no bubble)'}`),
    );
  return seen;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('text driver', () => {
  for (const tag of ['input', 'textarea'] as const) {
    it(`${tag}: bypasses the element's own value tracker, then bubbles input and focusout`, () => {
      const el = document.body.appendChild(document.createElement(tag));
      const tracker = trackLikeReact(el);
      const seen = record(el, ['input', 'focusout']);
      setText(el, 'Garcia_CWML_training');
      expect(el.value).toBe('Garcia_CWML_training');
      // React compares its tracker with the DOM value: they differ, so it treats the event as a real change.
      expect(tracker.last).toBe('');
      expect(seen).toEqual(['input', 'focusout']);
    });
  }
});

describe('checkbox and radio drivers click only when the state differs', () => {
  it('checkbox', () => {
    const box = document.body.appendChild(Object.assign(document.createElement('input'), { type: 'checkbox' }));
    const clicks = record(box, ['click']);
    expect(setChecked(box, true)).toBe(true);
    expect(setChecked(box, true)).toBe(false);
    expect(box.checked).toBe(true);
    expect(setChecked(box, false)).toBe(true);
    expect(box.checked).toBe(false);
    expect(clicks).toEqual(['click', 'click']);
  });

  it('radio', () => {
    const radio = document.body.appendChild(
      Object.assign(document.createElement('input'), { type: 'radio', name: 'r' }),
    );
    const clicks = record(radio, ['click']);
    expect(chooseRadio(radio)).toBe(true);
    expect(chooseRadio(radio)).toBe(false);
    expect(radio.checked).toBe(true);
    expect(clicks).toEqual(['click']);
  });
});

describe('native select driver', () => {
  it('sets the value and bubbles one change event, none when already set', () => {
    document.body.innerHTML =
      '<select><option value="registered">Registered Tier</option><option value="controlled">Controlled Tier</option></select>';
    const select = document.querySelector('select')!;
    const seen = record(select, ['change']);
    expect(setSelect(select, 'controlled')).toBe(true);
    expect(select.value).toBe('controlled');
    expect(setSelect(select, 'controlled')).toBe(false);
    expect(seen).toEqual(['change']);
  });
});

describe('hover', () => {
  it('bubbles mouseover then mouseout', () => {
    const button = document.body.appendChild(document.createElement('div'));
    const seen = record(button, ['mouseover', 'mouseout']);
    hover(button, true);
    hover(button, false);
    expect(seen).toEqual(['mouseover', 'mouseout']);
  });
});
