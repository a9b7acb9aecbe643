// Every text we recognise a Research Use Statement question or option by, named by meaning. Each is matched
// against `normalizeText(...)` of what the page says (so no case, numbering, asterisks or curly quotes here).
// Beside each, `name_` says how many of the text blocks `collectPage` finds on named real-DOM snapshots it
// must match (numbering on the text as shown), as in selectors.ts; tests/unit/text-matches.test.ts checks them.
import { meaning } from './meaning';
import type { Expected } from './selectors';

/** Lower case, straight quotes, no numbering ("2.1", "Q3", "Question 5:"), no required marks, no trailing punctuation. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\(required\)|\*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(numberedQuestion, '')
    .replace(/[\s.:?!;,]+$/, '')
    .trim();
}

// "1." … "7." and "2.1" … "6.2" stand alone on the Workbench; the About page numbers nothing.
/** Numbered like a question ("3.", "2.1", "Q3", "Question 5"): raw text, before normalising. */
export const numberedQuestion =
  /^\s*(?:(?:q|question)\s*\d{1,2}(?:\.\d{1,2})*[.):]?|\d{1,2}(?:\.\d{1,2})*[.):]|\d{1,2}\.\d{1,2})(?:\s+|$)/i;
export const numberedQuestion_ = {
  'workspace-edit-create-initial.html': 12,
  'workspace-about.html': 0,
} satisfies Expected;

// Questions (FACTS §8.1 and §8.4–8.10; the same program policy on any form)
export const workspaceNameQuestion = /^(?:workspace name|name of (?:the|your) workspace|name your workspace)$/;
export const workspaceNameQuestion_ = {
  'workspace-edit-create-initial.html': 1,
  'workspace-about.html': 0,
} satisfies Expected;
export const accessTierQuestion = /\bdata access tier\b/;
export const accessTierQuestion_ = {
  'workspace-edit-create-initial.html': 1,
  'dar-nothing-done.html': 0,
} satisfies Expected;
export const datasetVersionQuestion = /\b(?:dataset|cdr) version\b/;
export const datasetVersionQuestion_ = {
  'workspace-edit-create-initial.html': 1,
  'dar-nothing-done.html': 0,
} satisfies Expected;
// By meaning (site/meaning.ts): Researcher Workbench 2.0 words its questions its own way ("main purpose", "Education").
export const primaryPurposeQuestion = meaning([
  'primary|main|principal|chief|overall',
  'purpose',
  'project|study|workspace|research',
]);
// The About page names it above its answer ("Primary purpose of project:"): a mention, with no control to answer it.
export const primaryPurposeQuestion_ = {
  'workspace-edit-create-initial.html': 1,
  'workspace-about.html': 1,
} satisfies Expected;
// The About page repeats the summary and AI/AN questions above their answers.
export const intendedStudyQuestion = meaning(
  ['question', 'intend|plan|want|hope|aim|propose', 'study|investigate|examine'],
  ['approach|method', 'anticipate|expect'],
);
export const intendedStudyQuestion_ = {
  'workspace-edit-create-initial.html': 1,
  'workspace-about.html': 1,
} satisfies Expected;
export const scientificApproachQuestion = meaning([
  'approach|methodology',
  'use|employ|take|apply',
  'study|research|question',
]);
export const scientificApproachQuestion_ = {
  'workspace-edit-create-initial.html': 1,
  'workspace-about.html': 1,
} satisfies Expected;
export const anticipatedFindingsQuestion = meaning(
  ['what|which|how|describe', 'anticipate|expect|foresee', 'finding|result'],
  ['^yes|^no|^i|^my'],
);
export const anticipatedFindingsQuestion_ = {
  'workspace-edit-create-initial.html': 1,
  'workspace-about.html': 1,
} satisfies Expected;
export const disseminationQuestion = meaning(
  [
    'how',
    'you plan|you intend|you will|will you|do you|you going',
    'disseminate|share|communicate|publish|spread',
    'finding|result',
  ],
  ['^yes|^no|^i|^my'],
);
export const disseminationQuestion_ = {
  'workspace-edit-create-initial.html': 1,
  'workspace-about.html': 0,
} satisfies Expected;
export const outcomesQuestion = meaning(['outcome', 'anticipate|expect|foresee', 'describe|fit|statement']);
export const outcomesQuestion_ = {
  'workspace-edit-create-initial.html': 1,
  'workspace-about.html': 0,
} satisfies Expected;
export const populationQuestion = meaning(
  ['focus|center|centre|concentrate', 'underrepresented|under represented', 'population|group|community'],
  ['^yes|^no|^i|^my'],
);
export const populationQuestion_ = {
  'workspace-edit-create-initial.html': 1,
  'workspace-about.html': 0,
} satisfies Expected;
export const aianTypeQuestion = meaning(
  ['self identify|identify themselves', 'american indian|ai an|alaska native', 'following|which option|options below'],
  ['^yes|^no|^i|^my'],
);
export const aianTypeQuestion_ = {
  'workspace-edit-create-initial.html': 1,
  'workspace-about.html': 1,
} satisfies Expected;
export const aianDetailsQuestion = meaning([
  'explain|justify|elaborate',
  'response|answer|choice|selection',
  'design|detail',
]);
export const aianDetailsQuestion_ = {
  'workspace-edit-create-initial.html': 1,
  'workspace-about.html': 1,
} satisfies Expected;
// The question itself and the paragraph above it that points to the review.
export const reviewQuestion = meaning(
  [
    'request a review|to review|a review of|request review|like a review',
    'research purpose|purpose statement|research use statement',
  ],
  ['^yes|^no|^i|^my'],
);
export const reviewQuestion_ = {
  'workspace-edit-create-initial.html': 2,
  'workspace-about.html': 0,
} satisfies Expected;

// Options, always read together with their question
export const educationalOption = meaning(
  ['^education|^educational|^teaching|^training'],
  ['not|level|attainment|degree'],
);
export const educationalOption_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
// Q1 "Other Purpose", Q3 "Other", Q5's population "Other": only the question tells them apart.
export const otherOption = /^other\b/;
export const otherOption_ = { 'workspace-edit-create-initial.html': 3 } satisfies Expected;
export const noneOfTheseOutcomesOption = meaning([
  '^none|^not applicable',
  'apply|applicable|fit|describe|relevant|above',
]);
export const noneOfTheseOutcomesOption_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
export const yesOption = /^(?:yes\b|request review$)/;
export const yesOption_ = { 'workspace-edit-create-initial.html': 2 } satisfies Expected;
export const noOption = /^(?:no\b|do not request review$)/;
export const noOption_ = { 'workspace-edit-create-initial.html': 2 } satisfies Expected;
export const aianExclusiveOption = meaning(
  ['exclusively|only|solely|entirely', 'population|people|individuals|participants', 'ai an|american indian'],
  ['case|control', 'not|no analyses|break down|broken down'],
);
export const aianExclusiveOption_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
export const aianCaseControlOption = meaning(['case', 'control', 'ai an|american indian'], ['not']);
export const aianCaseControlOption_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
export const aianFindingsByOption = meaning(
  [
    'break down|break my results down|break my findings down|broken down|stratify|disaggregate',
    'race|ethnicity|genetic',
  ],
  ['not'],
);
export const aianFindingsByOption_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
export const aianNoAnalysisOption = meaning([
  'not|no|never',
  'analyses|analysis|analyze|analyse',
  'specific to ai an|ai an specific|specific to american indian',
]);
export const aianNoAnalysisOption_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;

// The page's own submit button on any form: found only to read whether it is enabled, never clicked
// The page header "Create a new workspace" and the button itself.
export const createWorkspaceButtonText = /^create(?: a)?(?: new)? workspace$/;
export const createWorkspaceButtonText_ = {
  'workspace-edit-create-initial.html': 2,
  'dar-nothing-done.html': 0,
} satisfies Expected;
