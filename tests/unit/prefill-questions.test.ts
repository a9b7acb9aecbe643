import { afterEach, expect, it } from 'vitest';
import { findResearchPurposeQuestions, RESEARCH_PURPOSE_FIELDS } from '@/prefill/questions';
import { describeWithSnapshots, loadSnapshot } from '../support/snapshots';
import { mountRw2Dialog } from '../support/rw2-dialog-support';

const ids = (root: ParentNode) => findResearchPurposeQuestions(root)?.questions.map((q) => q.id);
const LEGACY_ORDER = [
  'primaryPurpose',
  'intendedStudy',
  'scientificApproach',
  'anticipatedFindings',
  'dissemination',
  'outcomes',
  'population',
  'aianType',
  'aianDetails',
  'review',
];

describeWithSnapshots('which pages show the Research Use Statement questions (by their text)', () => {
  afterEach(() => document.body.replaceChildren());

  it('the legacy form: all ten, the review question named twice; anchored at the first', () => {
    loadSnapshot('workspace-edit-create-initial.html');
    const shown = findResearchPurposeQuestions(document)!;
    expect([...new Set(shown.questions.map((q) => q.id))]).toEqual(LEGACY_ORDER);
    expect(shown.anchor.textContent).toContain('What is the primary purpose of your project?');
    expect(shown.questions.every((q) => shown.container.contains(q.element))).toBe(true);
  });

  it('the same with every data-test-id and id removed', () => {
    loadSnapshot('workspace-edit-create-initial.html');
    for (const el of document.querySelectorAll('[data-test-id], [id]')) {
      el.removeAttribute('data-test-id');
      el.removeAttribute('id');
    }
    expect(new Set(ids(document))).toEqual(new Set(LEGACY_ORDER));
  });

  it('registration pages and a page with a single mention show none', () => {
    for (const file of ['dar-nothing-done.html', 'login-landing.html', 'ducc-signature.html', 'error-not-found.html']) {
      loadSnapshot(file);
      expect(findResearchPurposeQuestions(document), file).toBeUndefined();
    }
    document.body.innerHTML = '<main><p>Please tell us how you plan to disseminate your research findings.</p></main>';
    expect(findResearchPurposeQuestions(document)).toBeUndefined();
  });

  it('the About page repeats questions above their answers: a mention, no control answers them, nothing asked', () => {
    loadSnapshot('workspace-about.html');
    expect(ids(document)).toBeUndefined();
  });

  it('a page with only the question texts (no controls) asks nothing; with a text box under one, that one is asked', () => {
    document.body.innerHTML = `<main><h2>Research purpose</h2>
      <p>2.1 What are the specific scientific question(s) you intend to study?</p><p>Answer below.</p>
      <p>2.2 What are the scientific approaches you plan to use for your study?</p></main>`;
    expect(findResearchPurposeQuestions(document.body)).toBeUndefined();
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<textarea aria-label="Your answer"></textarea>');
    const shown = findResearchPurposeQuestions(document.body)!;
    expect(shown.questions.map((q) => q.id)).toEqual(['scientificApproach']);
    expect(shown.fields).toEqual(['scientificApproach']);
  });
});

it('the RW 2.0 dialog: found on its research purpose page (both variants), not on its name and pod page', async () => {
  const namePage = await mountRw2Dialog({ aian: true, page: 1 });
  expect(findResearchPurposeQuestions(namePage)).toBeUndefined();
  const withAian = await mountRw2Dialog({ aian: true, page: 4 });
  const shown = findResearchPurposeQuestions(withAian)!;
  expect(shown.questions.map((q) => q.id)).toEqual(LEGACY_ORDER);
  expect(withAian.contains(shown.anchor)).toBe(true);
  const withoutAian = await mountRw2Dialog({ aian: false, page: 4 });
  expect(ids(withoutAian)).toEqual(LEGACY_ORDER.filter((id) => !id.startsWith('aian')));
});

it('the research purpose fields are every field but the workspace basics', () => {
  expect(RESEARCH_PURPOSE_FIELDS).toEqual([
    'educational',
    'intendedStudy',
    'scientificApproach',
    'anticipatedFindings',
    'disseminationOther',
    'disseminationOtherText',
    'outcomeNone',
    'population',
    'aianType',
    'aianDetails',
    'review',
  ]);
});
