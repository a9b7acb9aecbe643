/** @jsxImportSource @/ui/dom-jsx */
// Researcher Workbench 2.0: on every page that asks a Research Use Statement question (each page of its one-question-
// per-page form, a dialog that opens without a URL change), the course's answer, one Fill and the answer sheet beside
// the question's field group. Pages that only mention the questions (the review page, the saved statement) get nothing.
import { Rw2PurposePanel } from '@/content/ui/panels/Rw2PurposePanel';
import { defineFeature, type FeatureRun } from '@/content/runner/feature-runner';
import { isResearcherWorkbench2 } from '@/site/pages';
import { findResearchPurposeQuestions } from '@/prefill/questions';

function init(run: FeatureRun) {
  const { document: doc, course } = run;
  run.place(
    'wbc-rw2-purpose',
    () => findResearchPurposeQuestions(doc)?.anchor,
    () => <Rw2PurposePanel course={course} doc={doc} waitFor={run.waitFor} watch={run.watch} />,
    { append: 'before' },
  );
}

export const rw2ResearchPurpose = defineFeature({
  id: 'rw2-research-purpose',
  include: [isResearcherWorkbench2],
  init,
});
