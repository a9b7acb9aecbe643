// Dropdowns of real component libraries: a native <select> and ARIA comboboxes whose listbox is portaled to <body>
// and opens on mousedown (Material UI Select), on the arrow key only (an Autocomplete-like input) or on click.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCourseFile } from '@/domain/course/load-file';
import { applyPlan, readFormFacts, enableDropdowns } from '@/prefill/apply';
import { dropdownDriver } from '@/prefill/combobox';
import { planPrefill, type FieldId } from '@/prefill/plan';
import { pageWaitFor } from '../support/feature-run';

const example = loadCourseFile('courses/example-cwml-training.json').course;

const AIAN_QUESTION =
  'Regarding people who self-identify as AI/AN, or who are genetically similar to populations with inferred Indigenous American ancestry, does your research plan need any of the following?';
const AIAN = [
  'My study population will consist only of people who self-identify as AI/AN.',
  'I plan a case/control study in which the case or the control group consists only of people who self-identify as AI/AN.',
  'I plan to break my results down by race/ethnicity and/or genetic similarity, so findings specific to AI/AN may appear.',
  "I won't run any analyses yielding findings specific to AI/AN populations. If that changes, I will update this form right away.",
];
const REVIEW_QUESTION = 'Do you want the Resource Access Board to review your research purpose statement?';
const REVIEW = [
  "Yes, I'd like a review of my research purpose",
  'No, I have no concerns right now about my study stigmatizing anyone',
];

type Opens = 'mousedown' | 'arrow' | 'click';
let opened: string[] = [];

/** A combobox (div like Material UI's Select, or an input like its Autocomplete) with a listbox portaled to <body>. */
function combobox(labelText: string, options: string[], opens: Opens, input = false): string {
  const id = `cb-${Math.random().toString(36).slice(2)}`;
  queueMicrotask(() => {
    const el = document.getElementById(id)!;
    const show = () => {
      if (document.getElementById(`${id}-list`)) return;
      opened.push(opens);
      const list = document.createElement('ul');
      list.id = `${id}-list`;
      list.setAttribute('role', 'listbox');
      for (const text of options) {
        const li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.textContent = text;
        li.addEventListener('click', () => {
          if (input) (el as HTMLInputElement).value = text;
          else el.textContent = text;
          setTimeout(() => list.remove(), 0);
        });
        list.append(li);
      }
      el.setAttribute('aria-controls', list.id);
      el.setAttribute('aria-expanded', 'true');
      document.body.append(list);
    };
    if (opens === 'mousedown') el.addEventListener('mousedown', (e) => (e as MouseEvent).button === 0 && show());
    if (opens === 'click') el.addEventListener('click', show);
    if (opens === 'arrow') el.addEventListener('keydown', (e) => (e as KeyboardEvent).key === 'ArrowDown' && show());
    el.addEventListener(
      'keydown',
      (e) => (e as KeyboardEvent).key === 'Escape' && document.getElementById(`${id}-list`)?.remove(),
    );
  });
  const label = `<label id="${id}-label">${labelText}</label>`;
  return input
    ? `${label}<div><input id="${id}" role="combobox" type="text" aria-labelledby="${id}-label" aria-expanded="false"></div>`
    : `${label}<div id="${id}" role="combobox" tabindex="0" aria-haspopup="listbox" aria-labelledby="${id}-label"></div>`;
}

async function mount(html: string) {
  document.body.innerHTML = `<div role="dialog"><main>${html}</main></div>`;
  await Promise.resolve();
}

const fill = async (fields: FieldId[]) => {
  const root = document.querySelector('[role="dialog"]')!;
  const plan = planPrefill(example, readFormFacts(root, fields), { fields });
  return Object.fromEntries((await applyPlan(root, plan, pageWaitFor)).results.map((r) => [r.field, r.status]));
};
const shown = (css: string) => {
  const el = document.querySelector<HTMLElement>(css)!;
  return el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el.value : el.textContent;
};

describe('choices offered as dropdowns', () => {
  beforeAll(() => enableDropdowns(dropdownDriver));
  afterEach(() => {
    document.body.replaceChildren();
    opened = [];
  });

  it('Material UI Select (opens on mousedown): the AI/AN plan is picked by meaning, the list closes', async () => {
    await mount(
      `<h2>AI/AN Policy Assessment</h2><p>${AIAN_QUESTION}</p>${combobox('Option that best describes your plans', AIAN, 'mousedown')}`,
    );
    expect(readFormFacts(document, ['aianType']).aianType).toEqual({ present: true, value: '' });
    expect(await fill(['aianType'])).toEqual({ aianType: 'filled' });
    expect(shown('[role="combobox"]')).toBe(AIAN[3]);
    expect(opened).toEqual(['mousedown']);
    expect(document.querySelector('[role="listbox"]')).toBeNull();
    expect(await fill(['aianType'])).toEqual({ aianType: 'same' });
  });

  it('Autocomplete-like input (opens on the arrow key only): the review answer "No, I have no concerns…"', async () => {
    await mount(
      `<h2>Review of your research purpose</h2><p>${REVIEW_QUESTION}</p>${combobox('Your answer', REVIEW, 'arrow', true)}`,
    );
    expect(await fill(['review'])).toEqual({ review: 'filled' });
    expect(shown('input[role="combobox"]')).toBe(REVIEW[1]);
    expect(opened).toEqual(['arrow']);
  });

  it('a list that opens on click', async () => {
    await mount(`<p>${REVIEW_QUESTION}</p>${combobox('Your answer', REVIEW, 'click')}`);
    expect(await fill(['review'])).toEqual({ review: 'filled' });
    expect(shown('[role="combobox"]')).toBe(REVIEW[1]);
    expect(opened).toEqual(['click']);
  });

  it('a native <select> with reworded options', async () => {
    const options = ['', ...AIAN].map((text, i) => `<option value="v${i}">${text}</option>`).join('');
    await mount(`<p>${AIAN_QUESTION}</p><label>Your plan <select>${options}</select></label>`);
    expect(await fill(['aianType'])).toEqual({ aianType: 'filled' });
    expect(shown('select')).toBe('v4');
  });

  it('two options that both mean the answer: "not sure", nothing picked, the list closed again', async () => {
    const twice = [...AIAN, 'I will not conduct any analyses that would yield findings specific to AI/AN populations.'];
    await mount(`<p>${AIAN_QUESTION}</p>${combobox('Your plan', twice, 'mousedown')}`);
    expect(await fill(['aianType'])).toEqual({ aianType: 'not-sure' });
    expect(shown('[role="combobox"]')).toBe('');
    expect(document.querySelector('[role="listbox"]')).toBeNull();
  });

  it('no option means the answer: "not found", nothing picked', async () => {
    await mount(`<p>${AIAN_QUESTION}</p>${combobox('Your plan', AIAN.slice(0, 3), 'mousedown')}`);
    expect(await fill(['aianType'])).toEqual({ aianType: 'not-found' });
    expect(shown('[role="combobox"]')).toBe('');
  });

  it('control: a combobox that never opens is reported, not filled', async () => {
    await mount(
      `<p>${AIAN_QUESTION}</p><label id="l">Your plan</label><div role="combobox" tabindex="0" aria-labelledby="l"></div>`,
    );
    expect(await fill(['aianType'])).toEqual({ aianType: 'failed' });
  });
});
