// All our text matches by name, with how many paragraphs of text each must match on named real-DOM snapshots
// (numbering is matched on the text as shown, the others on normalizeText of it): for the unit tests only.
import * as textMatches from './text-matches';

type Exports = typeof textMatches;
export type TextMatchName = { [K in keyof Exports]: Exports[K] extends RegExp ? K : never }[keyof Exports];

export const textMatchExpectations: Record<TextMatchName, Record<string, number>> = {
  // "1." … "7." and "2.1" … "6.2" stand alone on the Workbench; the About page numbers nothing.
  numberedQuestion: { 'workspace-edit-create-initial.html': 12, 'workspace-about.html': 0 },
  workspaceNameQuestion: { 'workspace-edit-create-initial.html': 1, 'workspace-about.html': 0 },
  accessTierQuestion: { 'workspace-edit-create-initial.html': 1, 'dar-nothing-done.html': 0 },
  datasetVersionQuestion: { 'workspace-edit-create-initial.html': 1, 'dar-nothing-done.html': 0 },
  primaryPurposeQuestion: { 'workspace-edit-create-initial.html': 1, 'workspace-about.html': 0 },
  // The About page repeats the summary and AI/AN questions above their answers.
  intendedStudyQuestion: { 'workspace-edit-create-initial.html': 1, 'workspace-about.html': 1 },
  scientificApproachQuestion: { 'workspace-edit-create-initial.html': 1, 'workspace-about.html': 1 },
  anticipatedFindingsQuestion: { 'workspace-edit-create-initial.html': 1, 'workspace-about.html': 1 },
  disseminationQuestion: { 'workspace-edit-create-initial.html': 1, 'workspace-about.html': 0 },
  outcomesQuestion: { 'workspace-edit-create-initial.html': 1, 'workspace-about.html': 0 },
  populationQuestion: { 'workspace-edit-create-initial.html': 1, 'workspace-about.html': 0 },
  aianTypeQuestion: { 'workspace-edit-create-initial.html': 1, 'workspace-about.html': 1 },
  aianDetailsQuestion: { 'workspace-edit-create-initial.html': 1, 'workspace-about.html': 1 },
  // The question itself and the paragraph above it that points to the review.
  reviewQuestion: { 'workspace-edit-create-initial.html': 2, 'workspace-about.html': 0 },
  educationalOption: { 'workspace-edit-create-initial.html': 1 },
  // Q1 "Other Purpose", Q3 "Other", Q5's population "Other": only the question tells them apart.
  otherOption: { 'workspace-edit-create-initial.html': 3 },
  noneOfTheseOutcomesOption: { 'workspace-edit-create-initial.html': 1 },
  yesOption: { 'workspace-edit-create-initial.html': 2 },
  noOption: { 'workspace-edit-create-initial.html': 2 },
  aianExclusiveOption: { 'workspace-edit-create-initial.html': 1 },
  aianCaseControlOption: { 'workspace-edit-create-initial.html': 1 },
  aianFindingsByOption: { 'workspace-edit-create-initial.html': 1 },
  aianNoAnalysisOption: { 'workspace-edit-create-initial.html': 1 },
  // The page header "Create a new workspace" and the button itself.
  createWorkspaceButtonText: { 'workspace-edit-create-initial.html': 2, 'dar-nothing-done.html': 0 },
};
