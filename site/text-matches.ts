// Every text we recognise a Research Use Statement question or option by, named by meaning. Each is matched
// against `normalizeText(...)` of what the page says (so no case, numbering, asterisks or curly quotes here).
// Beside each, `name_` says how many of the text blocks `collectPage` finds on named real-DOM snapshots it
// must match (numbering on the text as shown), as in selectors.ts; tests/unit/text-matches.test.ts checks them.
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
export const primaryPurposeQuestion = /\bprimary purpose of (?:your|the|this) project\b/;
export const primaryPurposeQuestion_ = {
  'workspace-edit-create-initial.html': 1,
  'workspace-about.html': 0,
} satisfies Expected;
// The About page repeats the summary and AI/AN questions above their answers.
export const intendedStudyQuestion = /\bquestion(?:\(s\)|s)? you intend to study\b/;
export const intendedStudyQuestion_ = {
  'workspace-edit-create-initial.html': 1,
  'workspace-about.html': 1,
} satisfies Expected;
export const scientificApproachQuestion = /\bscientific approaches you plan to use\b/;
export const scientificApproachQuestion_ = {
  'workspace-edit-create-initial.html': 1,
  'workspace-about.html': 1,
} satisfies Expected;
export const anticipatedFindingsQuestion = /\banticipated findings from (?:the|your) study\b/;
export const anticipatedFindingsQuestion_ = {
  'workspace-edit-create-initial.html': 1,
  'workspace-about.html': 1,
} satisfies Expected;
export const disseminationQuestion = /\bhow you plan to disseminate your research findings\b/;
export const disseminationQuestion_ = {
  'workspace-edit-create-initial.html': 1,
  'workspace-about.html': 0,
} satisfies Expected;
export const outcomesQuestion = /\bdescribe the outcomes you anticipate from your research\b/;
export const outcomesQuestion_ = {
  'workspace-edit-create-initial.html': 1,
  'workspace-about.html': 0,
} satisfies Expected;
export const populationQuestion = /\bwill your study focus on any historically underrepresented populations\b/;
export const populationQuestion_ = {
  'workspace-edit-create-initial.html': 1,
  'workspace-about.html': 0,
} satisfies Expected;
export const aianTypeQuestion = /\bself-identify as american indian or alaska native\b/;
export const aianTypeQuestion_ = {
  'workspace-edit-create-initial.html': 1,
  'workspace-about.html': 1,
} satisfies Expected;
export const aianDetailsQuestion = /\bexplain your response by sharing specific details about your study design\b/;
export const aianDetailsQuestion_ = {
  'workspace-edit-create-initial.html': 1,
  'workspace-about.html': 1,
} satisfies Expected;
// The question itself and the paragraph above it that points to the review.
export const reviewQuestion = /\brequest a review of your research purpose statement\b/;
export const reviewQuestion_ = {
  'workspace-edit-create-initial.html': 2,
  'workspace-about.html': 0,
} satisfies Expected;

// Options, always read together with their question
export const educationalOption = /^educational purpose\b/;
export const educationalOption_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
// Q1 "Other Purpose", Q3 "Other", Q5's population "Other": only the question tells them apart.
export const otherOption = /^other\b/;
export const otherOption_ = { 'workspace-edit-create-initial.html': 3 } satisfies Expected;
export const noneOfTheseOutcomesOption = /^none of these statements apply to this research project\b/;
export const noneOfTheseOutcomesOption_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
export const yesOption = /^(?:yes\b|request review$)/;
export const yesOption_ = { 'workspace-edit-create-initial.html': 2 } satisfies Expected;
export const noOption = /^(?:no\b|do not request review$)/;
export const noOption_ = { 'workspace-edit-create-initial.html': 2 } satisfies Expected;
export const aianExclusiveOption = /\bstudy population exclusively including individuals who self-identify as ai\/an\b/;
export const aianExclusiveOption_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
export const aianCaseControlOption = /\bcase\/control study\b/;
export const aianCaseControlOption_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
export const aianFindingsByOption = /\bbreak down my findings by race\/ethnicity\b/;
export const aianFindingsByOption_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
export const aianNoAnalysisOption = /^i will not conduct any analyses that would yield findings specific to ai\/an\b/;
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
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
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
