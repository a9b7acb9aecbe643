// Every text we recognise a Research Use Statement question or option by, named by meaning. Each is matched
// against `normalizeText(...)` of what the page says (so no case, numbering, asterisks or curly quotes here).
// Beside each, `name_` says how many of the text blocks `collectPage` finds on named real-DOM snapshots it
// must match (numbering on the text as shown), as in selectors.ts; tests/unit/text-matches.test.ts checks them.
import { meaning } from './meaning';
import type { Expected } from './selectors';
import { foldSpaces } from '../domain/text/fold-spaces';

/**
 * Lower case, straight quotes, no numbering ("2.1", "Q3", "Question 5:"), no required marks, no trailing punctuation.
 */
export function normalizeText(text: string): string {
  return foldSpaces(foldText(text).replace(/\(required\)|\*/g, ' '))
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

// Researcher Workbench 2.0, Part 3 (site/rw2-part3.ts): matched against `foldText(...)` of an element's text or
// accessible name. Wording from Verily's public docs and the All of Us training deck; the exact on-screen text may
// differ, so each names the meaning, never one exact string.
const rw2Part3 =
  "RW 2.0's DOM is not public; tests/unit/rw2-part3-pages.test.ts checks each on fixture texts, both ways";

/** Lower case, straight quotes and dashes, whitespace folded: an accessible name or a displayed text. */
export function foldText(text: string): string {
  return foldSpaces(
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-'),
  );
}

// The "New workspace" dialog (and its Edit twin, whose summary and description mean the same)
export const workspaceDialogTitle = /^(?:\+ )?(?:new|create(?: a)?(?: new)?|edit) workspace\b/;
export const workspaceDialogTitle_ = { unverified: rw2Part3 } satisfies Expected;
export const workspaceSummaryName = /^(?:workspace )?summary\b/;
export const workspaceSummaryName_ = { unverified: rw2Part3 } satisfies Expected;
export const workspaceIdName = /^workspace id\b/;
export const workspaceIdName_ = { unverified: rw2Part3 } satisfies Expected;
export const podName = /^(?:billing )?pod\b/;
export const podName_ = { unverified: rw2Part3 } satisfies Expected;
export const groupPolicyName = /\bgroup polic(?:y|ies)\b/;
export const groupPolicyName_ = { unverified: rw2Part3 } satisfies Expected;
/** "No, don't apply policy": the group policy's default, named apart from the other choice. */
export const noGroupPolicyOption = /\b(?:don't|do not) apply (?:a |any )?(?:group )?polic/;
export const noGroupPolicyOption_ = { unverified: rw2Part3 } satisfies Expected;
export const regionName = /^region\b(?! polic)/;
export const regionName_ = { unverified: rw2Part3 } satisfies Expected;
export const workspaceDescriptionName = /^(?:workspace )?description\b/;
export const workspaceDescriptionName_ = { unverified: rw2Part3 } satisfies Expected;

// The workspace's page and the "Data from catalog" dialog
export const resourcesTabName = /^resources\b/;
export const resourcesTabName_ = { unverified: rw2Part3 } satisfies Expected;
export const dataFromCatalogButton = /^(?:\+ ?)?(?:add )?data from (?:the )?catalog$/;
export const dataFromCatalogButton_ = { unverified: rw2Part3 } satisfies Expected;
export const catalogDialogTitle = /\bdata from (?:the )?catalog\b|\badd (?:a )?data collection\b/;
export const catalogDialogTitle_ = { unverified: rw2Part3 } satisfies Expected;
export const registeredTierName = /\bregistered tier\b/;
export const registeredTierName_ = { unverified: rw2Part3 } satisfies Expected;
export const controlledTierName = /\bcontrolled tier\b/;
export const controlledTierName_ = { unverified: rw2Part3 } satisfies Expected;
/** A text about groups (a group policy's groups can be named after a tier): never a data collection's tier. */
export const groupMention = /\bgroups?\b/;
export const groupMention_ = { unverified: rw2Part3 } satisfies Expected;
export const selectAllResourcesName = /^select all(?: resources)?$/;
export const selectAllResourcesName_ = { unverified: rw2Part3 } satisfies Expected;
export const fillOutQuestionsButton = /^fill out (?:the )?questions$/;
export const fillOutQuestionsButton_ = { unverified: rw2Part3 } satisfies Expected;
/** The "I'm sure…" checkbox under the policies: they are permanent. */
export const imSureName = /^(?:i'm|i am) sure\b/;
export const imSureName_ = { unverified: rw2Part3 } satisfies Expected;
export const addToWorkspaceButton = /^add to (?:your|the|this) workspace$/;
export const addToWorkspaceButton_ = { unverified: rw2Part3 } satisfies Expected;
export const researchUseStatementName = /\bresearch use statement\b/;
export const researchUseStatementName_ = { unverified: rw2Part3 } satisfies Expected;
/** A status that says done ("Completed", "Status: Completed"), never "Incomplete" or "Complete the form". */
export const completedStatus = /(?:^|: ?)completed$/;
export const completedStatus_ = { unverified: rw2Part3 } satisfies Expected;

// Sharing
export const shareDialogTitle = /\bshar(?:e|ing)\b/;
export const shareDialogTitle_ = { unverified: rw2Part3 } satisfies Expected;
export const personFieldName = /e-?mail|\buser|people|person|collaborator|member/;
export const personFieldName_ = { unverified: rw2Part3 } satisfies Expected;
