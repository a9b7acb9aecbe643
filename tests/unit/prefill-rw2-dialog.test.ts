// The prefill by meaning on the RW 2.0 "New workspace" dialog fixture (ARIA widgets, no ids to rely on), both variants.
import { afterEach, describe, expect, it } from 'vitest';
import { loadCourseFile } from '@/domain/course/load-file';
import { applyPlan, createButtonState, readFormFacts, undoPrefill } from '@/prefill/apply';
import { planPrefill, type FieldId } from '@/prefill/plan';
import { findResearchPurposeQuestions, RESEARCH_PURPOSE_FIELDS } from '@/prefill/questions';
import { mountRw2Dialog, settle } from '../support/rw2-dialog-support';
import { pageWaitFor } from '../support/feature-run';

const example = loadCourseFile('courses/example-cwml-training.json').course;
const { answers } = example;
const page = () => window as unknown as { __submitted?: boolean; __podTouched?: boolean; __rw2Errors: string[] };

const fill = async (root: ParentNode, fields?: readonly FieldId[]) => {
  const plan = planPrefill(example, readFormFacts(root), { lastName: 'Garcia', fields });
  return { plan, ...(await applyPlan(root, plan, pageWaitFor)) };
};
const statuses = (results: Array<{ field: FieldId; status: string }>) =>
  Object.fromEntries(results.map((r) => [r.field, r.status]));
const byText = (root: ParentNode, css: string, text: string) =>
  [...root.querySelectorAll<HTMLElement>(css)].find((el) => el.textContent?.trim() === text)!;
const checked = (root: ParentNode, text: string) =>
  byText(root, '[role="checkbox"], [role="radio"]', text).getAttribute('aria-checked');
const textareas = (root: ParentNode) => [...root.querySelectorAll('textarea')].map((area) => area.value);
const next = async (dialog: HTMLElement) => {
  byText(dialog, 'button', 'Next').click();
  await settle();
};

describe.each([true, false])('RW 2.0 dialog fixture, AI/AN questions %s', (aian) => {
  afterEach(() => document.body.replaceChildren());

  it('name page: only the name is filled (never the workspace ID or the pod); the description page has nothing of ours', async () => {
    const dialog = await mountRw2Dialog({ aian, page: 1 });
    const podBefore = dialog.querySelector('select')!.value;
    const { results } = await fill(dialog, ['name']);
    expect(statuses(results)).toEqual({ name: 'filled' });
    const [name, workspaceId] = [...dialog.querySelectorAll('input')];
    expect([name!.value, workspaceId!.value]).toEqual(['Garcia_CWML_training', 'garcia-cwml-training']);
    expect([dialog.querySelector('select')!.value, page().__podTouched]).toEqual([podBefore, undefined]);
    await next(dialog);
    await next(dialog);
    const everything = await fill(dialog);
    expect(new Set(everything.results.map((r) => r.status))).toEqual(new Set(['not-found']));
    expect(textareas(dialog)).toEqual(['']);
  });

  it('research purpose page: one fill answers every question, the page’s own Create button enables, nothing submitted; Undo restores', async () => {
    const dialog = await mountRw2Dialog({ aian, page: 1 });
    await fill(dialog, ['name']);
    for (let i = 0; i < 3; i++) await next(dialog);
    expect(findResearchPurposeQuestions(dialog)).toBeDefined();
    expect(createButtonState(dialog)).toBe('disabled');
    const facts = readFormFacts(dialog, RESEARCH_PURPOSE_FIELDS);
    // The "Other" text does not exist yet: it appears once "Other" is ticked.
    expect(facts.disseminationOtherText).toEqual({ present: false });

    const { plan, results, undo } = await fill(dialog, RESEARCH_PURPOSE_FIELDS);
    const fields = RESEARCH_PURPOSE_FIELDS.filter((f) => aian || !f.startsWith('aian'));
    expect(plan.reviewQuestion).toBe(aian ? 7 : 6);
    expect(statuses(results)).toEqual(Object.fromEntries(fields.map((f) => [f, 'filled'])));
    expect(page().__rw2Errors).toEqual([]);
    expect(createButtonState(dialog)).toBe('enabled');
    expect([checked(dialog, 'Educational purpose'), checked(dialog, 'Other purpose')]).toEqual(['true', 'false']);
    expect(dialog.querySelector<HTMLInputElement>('input[aria-label="Please specify"]')!.value).toBe(
      answers.disseminationOther,
    );
    expect(textareas(dialog)).toEqual([
      answers.intendedStudy,
      answers.scientificApproach,
      answers.anticipatedFindings,
      ...(aian ? [answers.aianResearchDetails] : []),
    ]);
    // The question that is not ours ("How did you hear…", with its own "Other") is left alone.
    expect([checked(dialog, 'From my instructor'), checked(dialog, 'From a colleague')]).toEqual(['false', 'false']);
    expect(dialog.querySelectorAll('input[aria-label="Please specify"]')).toHaveLength(1);
    expect([page().__submitted, page().__podTouched]).toEqual([undefined, undefined]);
    expect(statuses((await fill(dialog, RESEARCH_PURPOSE_FIELDS)).results)).toEqual(
      Object.fromEntries(fields.map((f) => [f, 'same'])),
    );

    const rows = await undoPrefill(dialog, undo, pageWaitFor);
    expect(rows.filter((r) => r.status !== 'restored').map((r) => r.field)).toEqual([
      'review',
      ...(aian ? ['aianType'] : []),
      'population',
    ]);
    expect(textareas(dialog)).toEqual(['', '', '', ...(aian ? [''] : [])]);
    expect(dialog.querySelectorAll('input[aria-label="Please specify"]')).toHaveLength(0);
    expect(checked(dialog, 'Educational purpose')).toBe('false');
    expect(createButtonState(dialog)).toBe('disabled');
  });

  it('an "Other" box already open under the question that is not ours stays empty', async () => {
    const dialog = await mountRw2Dialog({ aian, page: 4 });
    const heard = [...dialog.querySelectorAll<HTMLElement>('[role="checkbox"]')]
      .filter((box) => box.textContent === 'Other')
      .at(-1)!;
    heard.click();
    await settle();
    const theirs = dialog.querySelector<HTMLInputElement>('input[aria-label="Please specify"]')!;
    const { results } = await fill(dialog, RESEARCH_PURPOSE_FIELDS);
    expect(statuses(results)).toMatchObject({ disseminationOther: 'filled', disseminationOtherText: 'filled' });
    expect(theirs.value).toBe('');
    expect(
      [...dialog.querySelectorAll<HTMLInputElement>('input[aria-label="Please specify"]')].map((box) => box.value),
    ).toEqual([answers.disseminationOther, '']);
  });
});

it('ids are random per load', async () => {
  const first = [...(await mountRw2Dialog({ aian: true, page: 4 })).querySelectorAll('[id]')].map((el) => el.id);
  const second = [...(await mountRw2Dialog({ aian: true, page: 4 })).querySelectorAll('[id]')].map((el) => el.id);
  expect(first.length).toBeGreaterThan(5);
  expect(first.filter((id) => second.includes(id))).toEqual([]);
});
