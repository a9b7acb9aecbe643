import { beforeEach, expect, it } from 'vitest';
import { loadCourseFile } from '@/domain/course/load-file';
import { applyPlan, createButtonState, missingAnswers, readFormFacts, undoPrefill } from '@/prefill/apply';
import { planPrefill } from '@/prefill/plan';
import { describeWithSnapshots, loadSnapshot } from '../support/snapshots';
import { pageWaitFor } from '../support/feature-run';

const example = loadCourseFile('courses/example-cwml-training.json').course;
const $ = <E extends Element = HTMLElement>(css: string) => document.querySelector<E>(css)!;

/** What React does on the real page that a static snapshot cannot: "Other" opens its text box once ticked. */
function enableOtherTextOnTick() {
  $('input[data-test-id="OTHER-checkbox"]').addEventListener('click', (e) => {
    $<HTMLTextAreaElement>('textarea[data-test-id="otherDisseminateResearch-text"]').disabled = !(
      e.target as HTMLInputElement
    ).checked;
  });
}

function removeAianSection() {
  $('div[data-test-id="aianResearchDetails"]').remove();
  for (const radio of document.querySelectorAll('input[id^="Option-"]')) radio.parentElement!.remove();
}

const fillForm = async () => {
  const plan = planPrefill(example, readFormFacts(document), { lastName: 'Garcia' });
  return { plan, ...(await applyPlan(document, plan, pageWaitFor)) };
};

describeWithSnapshots('apply layer on the real Create page snapshot', () => {
  beforeEach(() => {
    loadSnapshot('workspace-edit-create-initial.html');
    enableOtherTextOnTick();
  });

  it('reads the empty form as facts', () => {
    const facts = readFormFacts(document);
    expect(facts.name).toEqual({ present: true, value: '' });
    expect(facts.accessTier).toEqual({
      present: true,
      value: 'registered',
      options: [
        { value: 'registered', label: 'Registered Tier' },
        { value: 'controlled', label: 'Controlled Tier' },
      ],
    });
    expect(facts.educational).toEqual({ present: true, value: false });
    expect(facts.population).toEqual({ present: true, value: '' });
    expect(facts.aianType).toEqual({ present: true, value: '' });
    expect(facts.review).toEqual({ present: true, value: '' });
  });

  it('fills every field (AI/AN layout), then reports "same" on a second run', async () => {
    const { plan, results, undo } = await fillForm();
    expect(plan.reviewQuestion).toBe(7);
    expect(results.map((r) => r.status)).toEqual(Array(13).fill('filled'));
    expect(undo).toHaveLength(13);
    expect($<HTMLInputElement>('input[data-test-id="workspace-name"]').value).toBe('Garcia_CWML_training');
    expect($<HTMLSelectElement>('[data-test-id="select-access-tier"] select').value).toBe('controlled');
    expect($<HTMLInputElement>('#education-purpose').checked).toBe(true);
    expect($<HTMLTextAreaElement>('textarea[data-test-id="otherDisseminateResearch-text"]').value).toBe(
      example.answers.disseminationOther,
    );
    expect($<HTMLInputElement>('#Option-NO_AI_AN_ANALYSIS').checked).toBe(true);
    expect($<HTMLInputElement>('input[data-test-id="review-request-btn-false"]').checked).toBe(true);
    expect($<HTMLInputElement>('input[data-test-id="specific-population-no"]').checked).toBe(true);
    const again = await fillForm();
    expect(again.results.map((r) => r.status)).toEqual(Array(13).fill('same'));
  });

  it('layout without AI/AN: review is question 6 and still filled', async () => {
    removeAianSection();
    const { plan, results } = await fillForm();
    expect(plan.reviewQuestion).toBe(6);
    expect(results.map((r) => r.field)).not.toContain('aianType');
    expect(results.find((r) => r.field === 'review')?.status).toBe('filled');
  });

  it('undo restores name, tier, texts and boxes; radios are reported as not clearable', async () => {
    const { undo } = await fillForm();
    const rows = await undoPrefill(document, undo, pageWaitFor);
    expect(Object.fromEntries(rows.map((r) => [r.field, r.status]))).toEqual({
      name: 'restored',
      accessTier: 'restored',
      educational: 'restored',
      intendedStudy: 'restored',
      scientificApproach: 'restored',
      anticipatedFindings: 'restored',
      disseminationOther: 'restored',
      disseminationOtherText: 'restored',
      outcomeNone: 'restored',
      population: 'cannot-clear',
      aianType: 'cannot-clear',
      aianDetails: 'restored',
      review: 'cannot-clear',
    });
    const facts = readFormFacts(document);
    expect(
      [
        facts.name,
        facts.accessTier,
        facts.educational,
        facts.intendedStudy,
        facts.disseminationOther,
        facts.outcomeNone,
      ].map((f) => f?.present && f.value),
    ).toEqual(['', 'registered', false, '', false, false]);
  });

  it('undo keeps what the trainee changed after the fill', async () => {
    const { undo } = await fillForm();
    $<HTMLTextAreaElement>('#intendedStudyText').value = 'I rewrote this myself';
    const rows = await undoPrefill(document, undo, pageWaitFor);
    expect(rows.find((r) => r.field === 'intendedStudy')?.status).toBe('kept-user');
    expect($<HTMLTextAreaElement>('#intendedStudyText').value).toBe('I rewrote this myself');
  });

  it('a changed page gives "not-found" rows, and never throws', async () => {
    for (const css of [
      'input[name="reviewRequested"]',
      'input[aria-label="None of these statements apply to this research project"]',
      'input[data-test-id="workspace-name"]',
    ]) {
      for (const el of document.querySelectorAll(css)) el.remove();
    }
    const { results } = await fillForm();
    const missing = results
      .filter((r) => r.status === 'not-found' || r.status === 'needs-last-name')
      .map((r) => r.field);
    expect(missing).toEqual(['name', 'outcomeNone', 'review']);
    document.body.innerHTML = '<div>nothing here</div>';
    await expect(fillForm()).resolves.toMatchObject({ undo: [] });
    expect(createButtonState(document)).toBe('not-found');
    await expect(missingAnswers(document, pageWaitFor)).resolves.toEqual([]);
  });

  it('a widget that does not take the value is reported as failed, not as filled', async () => {
    // The "Other" text never opens here: the page did not react to the checkbox.
    loadSnapshot('workspace-edit-create-initial.html');
    const { results } = await fillForm();
    expect(results.find((r) => r.field === 'disseminationOtherText')?.status).toBe('failed');
  });

  it('reads the Create Workspace state from its inline cursor, and the Workbench tooltip on hover', async () => {
    expect(createButtonState(document)).toBe('disabled');
    const button = $('[role="button"][aria-label="Create Workspace"]');
    // Stand-in for the Workbench's tooltip, which appears in #popup-root while the mouse is over the button.
    button.addEventListener(
      'mouseover',
      () =>
        ($('#popup-root').innerHTML =
          '<div><ul><li>Name cannot be blank</li><li> You must specify the outcome of the research (Question 4)</li></ul></div>'),
    );
    button.addEventListener('mouseout', () => ($('#popup-root').innerHTML = ''));
    expect(await missingAnswers(document, pageWaitFor)).toEqual([
      'Name cannot be blank',
      'You must specify the outcome of the research (Question 4)',
    ]);
    expect($('#popup-root').innerHTML).toBe('');
    loadSnapshot('workspace-edit-create-prefilled.html');
    expect(createButtonState(document)).toBe('enabled');
    loadSnapshot('workspace-edit-create-errors-tooltip.html');
    expect(await missingAnswers(document, pageWaitFor)).toHaveLength(11);
  });

  it("plans the trainee's own texts as kept (prefilled snapshot with someone else's answers)", () => {
    loadSnapshot('workspace-edit-create-prefilled.html');
    const plan = planPrefill(example, readFormFacts(document), { lastName: 'Garcia' });
    const kept = plan.actions.filter((a) => a.status === 'kept-user').map((a) => a.field);
    expect(kept).toEqual([
      'name',
      'intendedStudy',
      'scientificApproach',
      'anticipatedFindings',
      'disseminationOtherText',
      'aianDetails',
    ]);
  });
});
