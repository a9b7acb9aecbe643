/** @jsxImportSource @/ui/dom-jsx */
// Researcher Workbench 2.0: wherever its pages show the Research Use Statement questions (a dialog that opens without
// a URL change, each page of a multi-page dialog), the course's answers, one Fill and the answer sheet beside them.
import { Rw2PurposePanel } from '@/content/ui/panels/Rw2PurposePanel';
import { defineFeature, type FeatureRun } from '@/content/runner/feature-runner';
import { isResearcherWorkbench2 } from '@/site/pages';
import { findResearchPurposeQuestions } from '@/prefill/questions';

function init(run: FeatureRun) {
  const { document: doc, course } = run;
  run.place(
    'wbc-rw2-purpose',
    () => findResearchPurposeQuestions(doc)?.anchor,
    () => <Rw2PurposePanel course={course} doc={doc} waitFor={run.waitFor} />,
    { append: 'before' },
  );
}

export const rw2ResearchPurpose = defineFeature({
  id: 'rw2-research-purpose',
  include: [isResearcherWorkbench2],
  init,
});
