// One question per page (RW 2.0's Research Use Statement form): found on every page that asks one, with the field group
// to place beside; never on pages that only mention the questions (the review page, the saved statement, help text).
import { afterEach, describe, expect, it } from 'vitest';
import { findResearchPurposeQuestions } from '@/prefill/questions';
import { fieldGroup } from '@/site/field-group';
import { dialog, RUS_PAGES, STATEMENT_PAGE, textField } from '../support/mui-like-pages';

const mount = (html: string) => {
  document.body.innerHTML = html;
  return document.body;
};
const found = (n: number) => findResearchPurposeQuestions(mount(dialog(RUS_PAGES[n]!, n)));

describe('RW 2.0 form pages, one question each (Material UI markup, RW 2.0 wording)', () => {
  afterEach(() => document.body.replaceChildren());

  it.each([
    [1, ['primaryPurpose'], ['educational']],
    [
      2,
      ['intendedStudy', 'scientificApproach', 'anticipatedFindings'],
      ['intendedStudy', 'scientificApproach', 'anticipatedFindings'],
    ],
    [3, ['dissemination'], ['disseminationOther', 'disseminationOtherText']],
    [4, ['outcomes'], ['outcomeNone']],
    [5, ['population'], ['population']],
    [6, ['aianType', 'aianDetails'], ['aianType', 'aianDetails']],
    [7, ['review'], ['review']],
  ])('page %i asks %j: its fields %j', (n, ids, fields) => {
    const shown = found(n)!;
    expect([...new Set(shown.questions.map((q) => q.id))]).toEqual(ids);
    expect(shown.fields).toEqual(fields);
  });

  it('the panel goes beside the whole field group: the fieldset, or the page’s stack, inside the scrolling content', () => {
    expect(found(1)!.anchor.matches('fieldset[data-group]')).toBe(true);
    expect(found(5)!.anchor.matches('fieldset[data-group]')).toBe(true);
    for (const n of [2, 6, 7]) expect(found(n)!.anchor.matches('[data-stack]'), `page ${n}`).toBe(true);
    // Never inside an input's own box, never outside the dialog's scroll area where the page's buttons are.
    for (const n of [1, 2, 3, 4, 5, 6, 7]) {
      const { anchor } = found(n)!;
      expect(anchor.closest('.MuiInputBase-root'), `page ${n}`).toBeNull();
      expect(anchor.closest('.MuiDialogContent-root'), `page ${n}`).not.toBeNull();
      expect(anchor.querySelector('button:not([tabindex="-1"])'), `page ${n}`).toBeNull();
    }
  });

  it('page 8 "Review and confirm" (every question with its answer, read-only) asks nothing', () => {
    expect(found(8)).toBeUndefined();
  });

  it('the workspace’s saved statement ("View statement" / "Edit answers") asks nothing', () => {
    expect(findResearchPurposeQuestions(mount(STATEMENT_PAGE))).toBeUndefined();
  });

  it('help text quoting a question asks nothing, even with a field after it', () => {
    mount(`<main><aside><p>Tip: “How do you plan to share your findings?” asks where you will present your work.</p></aside>
      <p>Which scientific question(s) do you plan to study?</p><label>Search help <input type="search"></label>
      <div role="tooltip">Do you want the Resource Access Board to review your research purpose statement?</div>
      <label><input type="radio" name="x"> Yes</label></main>`);
    // The only question outside help text ("…plan to study?") has a search box under it: a text question, so it counts
    // (the radio after the tooltip is not taken for the review question); remove it and nothing is asked.
    expect(findResearchPurposeQuestions(document.body)?.questions.map((q) => q.id)).toEqual(['intendedStudy']);
    document.querySelector('main > p')!.remove();
    expect(findResearchPurposeQuestions(document.body)).toBeUndefined();
  });

  it('control: the same page with its controls hidden (display: none) asks nothing', () => {
    mount(
      dialog(
        RUS_PAGES[1]!.replace(
          '<div class="MuiFormGroup-root">',
          '<div class="MuiFormGroup-root" style="display:none">',
        ),
        1,
      ),
    );
    expect(findResearchPurposeQuestions(document.body)).toBeUndefined();
  });
});

describe('the field group of one control (placement on any library)', () => {
  afterEach(() => document.body.replaceChildren());

  it('an outlined Material UI text field: its FormControl root, not the input’s box', () => {
    mount(
      `<form><div class="MuiStack-root">${textField('name', 'Workspace name')}${textField('summary', 'Summary')}</div></form>`,
    );
    const group = fieldGroup([document.getElementById('name')!]);
    expect(group.getAttribute('data-field')).toBe('name');
  });

  it('an Autocomplete with its own arrow button (tabindex -1) is one group, the page’s Next is not in it', () => {
    mount(dialog(RUS_PAGES[7]!, 7));
    const group = fieldGroup([document.getElementById('ac')!]);
    expect(group.contains(document.querySelector('[data-field="review"]'))).toBe(true);
    expect(group.closest('.MuiDialogContent-root')).not.toBeNull();
  });

  it('a box that clips (overflow: hidden, fixed height) is stepped out of', () => {
    mount(
      `<form><div id="clip" style="overflow:hidden;height:56px">${textField('name', 'Workspace name')}</div>${textField('other', 'Other')}</form>`,
    );
    expect(fieldGroup([document.getElementById('name')!]).id).toBe('clip');
  });
});
