// Only fields the trainee can see and use are written: a hidden look-alike is "not found", never "filled".
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCourseFile } from '@/domain/course/load-file';
import { applyPlan, readFormFacts } from '@/prefill/apply';
import { planPrefill } from '@/prefill/plan';
import { isShown } from '@/site/visibility';
import { pageWaitFor } from '../support/feature-run';

const example = loadCourseFile('courses/example-cwml-training.json').course;

const QUESTION = `<legend>What is the primary purpose of your project?</legend>`;
const box = (attrs = '') => `<label><input type="checkbox" ${attrs}> Educational purpose</label>`;

/** Each way a page hides a field, wrapped around the question's only "Educational purpose" box. */
const HIDDEN: Record<string, string> = {
  'display: none': `<fieldset>${QUESTION}<div style="display: none">${box()}</div></fieldset>`,
  'visibility: hidden': `<fieldset>${QUESTION}<div style="visibility: hidden">${box()}</div></fieldset>`,
  'opacity: 0 up the tree': `<fieldset>${QUESTION}<div style="opacity: 0">${box()}</div></fieldset>`,
  'aria-hidden': `<fieldset>${QUESTION}<div aria-hidden="true">${box()}</div></fieldset>`,
  inert: `<fieldset>${QUESTION}<div inert>${box()}</div></fieldset>`,
  'hidden attribute': `<fieldset>${QUESTION}<div hidden>${box()}</div></fieldset>`,
  'closed <details>': `<fieldset>${QUESTION}<details><summary>More</summary>${box()}</details></fieldset>`,
  'transparent text box itself': `<fieldset>${QUESTION}<div style="opacity: 0"><label><input type="text" aria-label="Educational purpose"></label></div>${box('style="display:none"')}</fieldset>`,
};

/** Rendered boxes for a browser-like layout (happy-dom lays nothing out): `data-rect="x y w h"`, else a normal box. */
function fakeLayout() {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const [x, y, w, h] = (this.getAttribute('data-rect') ?? '10 10 200 20').split(' ').map(Number) as number[];
    return {
      x: x!,
      y: y!,
      width: w!,
      height: h!,
      left: x!,
      top: y!,
      right: x! + w!,
      bottom: y! + h!,
      toJSON() {},
    } as DOMRect;
  });
}

const fillPurpose = async () => {
  const plan = planPrefill(example, readFormFacts(document, ['educational']), { fields: ['educational'] });
  return (await applyPlan(document, plan, pageWaitFor)).results.map((r) => r.status);
};
const ticked = () => [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((b) => b.checked);

describe('a hidden field is "not found" and stays untouched', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it.each(Object.entries(HIDDEN))('%s', async (_, html) => {
    document.body.innerHTML = `<form>${html}</form>`;
    expect(await fillPurpose()).toEqual(['not-found']);
    expect(ticked().every((on) => !on)).toBe(true);
  });

  it.each([
    ['zero size', '10 10 0 0'],
    ['one-pixel clip ("visually hidden")', '10 10 1 1'],
    ['off-screen to the left', '-9999 10 200 20'],
    ['off-screen above', '10 -9999 200 20'],
  ])('%s (with layout)', async (_, rect) => {
    fakeLayout();
    document.body.innerHTML = `<form><fieldset>${QUESTION}<label data-rect="${rect}"><span data-rect="${rect}"><input type="checkbox" data-rect="${rect}"></span> Educational purpose</label></fieldset></form>`;
    expect(await fillPurpose()).toEqual(['not-found']);
    expect(ticked()).toEqual([false]);
  });

  it('a hidden look-alike beside the visible field: the visible one is filled, the hidden one untouched', async () => {
    document.body.innerHTML = `<form><fieldset>${QUESTION}<div style="display:none">${box()}</div>${box()}</fieldset></form>`;
    expect(await fillPurpose()).toEqual(['filled']);
    expect(ticked()).toEqual([false, true]);
  });

  it('control: the same field shown is filled, also drawn over a transparent native box (Material UI) with layout', async () => {
    document.body.innerHTML = `<form><fieldset>${QUESTION}${box()}</fieldset></form>`;
    expect(await fillPurpose()).toEqual(['filled']);
    fakeLayout();
    document.body.innerHTML = `<form><fieldset>${QUESTION}<label><span class="MuiCheckbox-root"><input type="checkbox" style="opacity: 0" data-rect="10 10 0 0"><svg></svg></span> Educational purpose</label></fieldset></form>`;
    expect(isShown(document.querySelector('input')!)).toBe(true);
    expect(await fillPurpose()).toEqual(['filled']);
  });

  it('the legacy ids are no shortcut to a hidden copy', async () => {
    document.body.innerHTML = `<div style="display:none"><input type="checkbox" id="education-purpose" data-test-id="educational-checkbox"></div>`;
    expect(await fillPurpose()).toEqual(['not-found']);
    expect(ticked()).toEqual([false]);
  });
});
