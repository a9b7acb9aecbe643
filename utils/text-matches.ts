// Every text we recognise a Research Use Statement question or option by, named by meaning. Each is matched
// against `normalizeText(...)` of what the page says (so no case, numbering, asterisks or curly quotes here);
// `text-match-table.ts` lists how many texts each must match on named real-DOM snapshots.

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

/** Numbered like a question ("3.", "2.1", "Q3", "Question 5"): raw text, before normalising. */
export const numberedQuestion = /^\s*(?:(?:q|question)\s*\d{1,2}(?:\.\d{1,2})*[.):]?|\d{1,2}(?:\.\d{1,2})*[.):]|\d{1,2}\.\d{1,2})(?:\s+|$)/i;

// Questions (FACTS §8.1 and §8.4–8.10; the same program policy on any form)
export const workspaceNameQuestion = /^(?:workspace name|name of (?:the|your) workspace|name your workspace)$/;
export const accessTierQuestion = /\bdata access tier\b/;
export const datasetVersionQuestion = /\b(?:dataset|cdr) version\b/;
export const primaryPurposeQuestion = /\bprimary purpose of (?:your|the|this) project\b/;
export const intendedStudyQuestion = /\bquestion(?:\(s\)|s)? you intend to study\b/;
export const scientificApproachQuestion = /\bscientific approaches you plan to use\b/;
export const anticipatedFindingsQuestion = /\banticipated findings from (?:the|your) study\b/;
export const disseminationQuestion = /\bhow you plan to disseminate your research findings\b/;
export const outcomesQuestion = /\bdescribe the outcomes you anticipate from your research\b/;
export const populationQuestion = /\bwill your study focus on any historically underrepresented populations\b/;
export const aianTypeQuestion = /\bself-identify as american indian or alaska native\b/;
export const aianDetailsQuestion = /\bexplain your response by sharing specific details about your study design\b/;
export const reviewQuestion = /\brequest a review of your research purpose statement\b/;

// Options, always read together with their question
export const educationalOption = /^educational purpose\b/;
export const otherOption = /^other\b/;
export const noneOfTheseOutcomesOption = /^none of these statements apply to this research project\b/;
export const yesOption = /^(?:yes\b|request review$)/;
export const noOption = /^(?:no\b|do not request review$)/;
export const aianExclusiveOption = /\bstudy population exclusively including individuals who self-identify as ai\/an\b/;
export const aianCaseControlOption = /\bcase\/control study\b/;
export const aianFindingsByOption = /\bbreak down my findings by race\/ethnicity\b/;
export const aianNoAnalysisOption = /^i will not conduct any analyses that would yield findings specific to ai\/an\b/;

// The page's own submit button on any form: found only to read whether it is enabled, never clicked
export const createWorkspaceButtonText = /^create(?: a)?(?: new)? workspace$/;
