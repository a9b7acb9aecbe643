// The prefill by meaning: the real Create page with every data-test-id and id removed, and the RW 2.0 dialog fixture.
import { beforeEach, expect, it } from 'vitest';
import { loadCourseFile } from '@/domain/course/load-file';
import { applyPlan, readFormFacts, undoPrefill } from '@/prefill/apply';
import { FIELD_IDS, planPrefill, type FieldId } from '@/prefill/plan';
import { describeWithSnapshots, loadSnapshot } from '../support/snapshots';
import { pageWaitFor } from '../support/feature-run';

const example = loadCourseFile('courses/example-cwml-training.json').course;
const { answers } = example;

/**
 * Removes every data-test-id and id, so only what the page says is left; returns the widgets by their old names first.
 */
function stripIds() {
  const q = (css: string) => document.querySelector(css) as HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement;
  const widgets = {
    name: q('input[data-test-id="workspace-name"]'),
    tier: q('[data-test-id="select-access-tier"] select'),
    educational: q('#education-purpose'),
    intendedStudy: q('#intendedStudyText'),
    scientificApproach: q('#scientificApproachText'),
    anticipatedFindings: q('#anticipatedFindingsText'),
    other: q('input[data-test-id="OTHER-checkbox"]'),
    otherText: q('textarea[data-test-id="otherDisseminateResearch-text"]'),
    otherPurposeText: q('textarea[data-test-id="otherPrimaryPurposeText"]'),
    otherPopulationText: q('input[data-test-id="other-specialPopulation-text"]'),
    none: q('input[aria-label="None of these statements apply to this research project"]'),
    populationNo: q('input[data-test-id="specific-population-no"]'),
    aianNo: q('#Option-NO_AI_AN_ANALYSIS'),
    aianDetails: q('#aianResearchDetails'),
    reviewNo: q('input[data-test-id="review-request-btn-false"]'),
  };
  for (const el of document.querySelectorAll('[data-test-id], [id]')) {
    el.removeAttribute('data-test-id');
    el.removeAttribute('id');
  }
  // What React does on the real page: "Other" opens its text box once ticked.
  widgets.other.addEventListener('click', () => (widgets.otherText.disabled = !widgets.other.checked));
  return widgets;
}

// Reading the real page by meaning before every step takes seconds in happy-dom (milliseconds in Chromium).
const SLOW = 30_000;

const fill = async (root: ParentNode = document, fields?: FieldId[]) => {
  const plan = planPrefill(example, readFormFacts(root), { lastName: 'Garcia', fields });
  return { plan, ...(await applyPlan(root, plan, pageWaitFor)) };
};
const statuses = (results: Array<{ field: FieldId; status: string }>) =>
  Object.fromEntries(results.map((r) => [r.field, r.status]));

describeWithSnapshots('fill by meaning on the real Create page with every data-test-id and id removed', () => {
  beforeEach(() => loadSnapshot('workspace-edit-create-initial.html'));

  it(
    'finds every field from the texts alone and fills exactly the right widgets',
    async () => {
      const w = stripIds();
      expect(document.querySelectorAll('[id], [data-test-id]')).toHaveLength(0);
      const facts = readFormFacts(document);
      expect(FIELD_IDS.filter((field) => !facts[field]?.present)).toEqual([]);
      const { results } = await fill();
      expect(results.map((r) => r.status)).toEqual(Array(13).fill('filled'));
      expect([
        w.name.value,
        w.tier.value,
        w.intendedStudy.value,
        w.scientificApproach.value,
        w.anticipatedFindings.value,
        w.otherText.value,
        w.aianDetails.value,
      ]).toEqual([
        'Garcia_CWML_training',
        'controlled',
        answers.intendedStudy,
        answers.scientificApproach,
        answers.anticipatedFindings,
        answers.disseminationOther,
        answers.aianResearchDetails,
      ]);
      expect([w.educational, w.other, w.none, w.populationNo, w.aianNo, w.reviewNo].map((el) => el.checked)).toEqual([
        true,
        true,
        true,
        true,
        true,
        true,
      ]);
      // The look-alike "Other" texts of Q1 and Q5 stay untouched.
      expect([w.otherPurposeText.value, w.otherPopulationText.value]).toEqual(['', '']);
      expect(statuses((await fill()).results)).toEqual(
        Object.fromEntries(FIELD_IDS.filter((f) => f !== 'datasetVersion').map((f) => [f, 'same'])),
      );
    },
    SLOW,
  );

  it(
    'undo restores by meaning too',
    async () => {
      const w = stripIds();
      const { undo } = await fill();
      const rows = await undoPrefill(document, undo, pageWaitFor);
      expect(rows.filter((r) => r.status !== 'restored').map((r) => `${r.field}:${r.status}`)).toEqual([
        'review:cannot-clear',
        'aianType:cannot-clear',
        'population:cannot-clear',
      ]);
      expect([w.name.value, w.tier.value, w.intendedStudy.value, w.otherText.value]).toEqual([
        '',
        'registered',
        '',
        '',
      ]);
      expect([w.educational.checked, w.other.checked, w.none.checked]).toEqual([false, false, false]);
    },
    SLOW,
  );

  it(
    "keeps someone's own answers on the prefilled page, as with the ids",
    () => {
      loadSnapshot('workspace-edit-create-prefilled.html');
      stripIds();
      const plan = planPrefill(example, readFormFacts(document), { lastName: 'Garcia' });
      expect(plan.actions.filter((a) => a.status === 'kept-user').map((a) => a.field)).toEqual([
        'name',
        'intendedStudy',
        'scientificApproach',
        'anticipatedFindings',
        'disseminationOtherText',
        'aianDetails',
      ]);
    },
    SLOW,
  );

  it(
    'a page with two copies of the form is never filled: every field is "not sure" (with or without ids)',
    async () => {
      const copy = document.body.innerHTML;
      document.body.insertAdjacentHTML('beforeend', copy);
      const withIds = await fill();
      expect(new Set(withIds.results.map((r) => r.status))).toEqual(new Set(['not-sure']));
      loadSnapshot('workspace-edit-create-initial.html');
      stripIds();
      document.body.insertAdjacentHTML('beforeend', document.body.innerHTML);
      const { results, undo } = await fill();
      expect(new Set(results.map((r) => r.status))).toEqual(new Set(['not-sure']));
      expect(undo).toEqual([]);
      expect([...document.querySelectorAll('textarea')].every((area) => area.value === '')).toBe(true);
    },
    SLOW,
  );

  it(
    'an "Other" text box that belongs to another question is never taken for Q3\'s',
    async () => {
      const w = stripIds();
      w.otherText.remove();
      // A question that is not ours, with its own "Other" box, right after Q3.
      w.other
        .closest('div')!
        .parentElement!.insertAdjacentHTML(
          'afterend',
          '<div><div>Where will you store your notes?</div><label><input type="checkbox"> Other</label><textarea></textarea></div>',
        );
      const { results } = await fill();
      expect(statuses(results)).toMatchObject({ disseminationOther: 'filled', disseminationOtherText: 'not-found' });
      expect([...document.querySelectorAll('textarea')].at(-1)!.value).not.toBe(answers.disseminationOther);
      expect(document.body.textContent).toContain('Where will you store your notes?');
      expect([...document.querySelectorAll('textarea')].some((area) => area.value === answers.disseminationOther)).toBe(
        false,
      );
    },
    SLOW,
  );

  it(
    'a second text box under Q3 is not the "Other" text; two "Other" boxes under Q3 are "not sure", never a guess',
    async () => {
      const w = stripIds();
      w.other
        .closest('div')!
        .insertAdjacentHTML('beforebegin', '<div><textarea placeholder="Journal name"></textarea></div>');
      expect(statuses((await fill()).results).disseminationOtherText).toBe('filled');
      expect(w.otherText.value).toBe(answers.disseminationOther);
      expect(document.querySelector<HTMLTextAreaElement>('textarea[placeholder="Journal name"]')!.value).toBe('');

      loadSnapshot('workspace-edit-create-initial.html');
      const again = stripIds();
      const row = again.other.closest('div')!;
      row.insertAdjacentHTML('afterend', row.outerHTML);
      const { results } = await fill();
      expect(statuses(results)).toMatchObject({
        disseminationOther: 'not-sure',
        disseminationOtherText: 'not-sure',
        outcomeNone: 'filled',
      });
      expect([...document.querySelectorAll('textarea')].some((area) => area.value === answers.disseminationOther)).toBe(
        false,
      );
    },
    SLOW,
  );
});

it('the report says "not sure — fill by hand" for a field it would not guess (English and Spanish)', async () => {
  const { ResultList } = await import('@/content/ui/panels/PrefillResults');
  const list = ResultList({
    results: [{ field: 'disseminationOtherText', status: 'not-sure' }],
    reviewQuestion: 7,
  }) as HTMLElement;
  const row = list.querySelector('li[data-status="not-sure"]')!;
  expect(row.className).toBe('wbc-warn');
  expect(row.textContent).toMatch(/^Question 3 \(Other: text\): not sure .*fill it by hand$/);
  const es = (await import('@/locales/es/workspace.json')).default as Record<string, { message: string }>;
  expect(es.wsStatusNotSure?.message).toMatch(/a mano/);
});
