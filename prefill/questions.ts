// Whether a page shows the Research Use Statement questions, decided by their text alone (any form, any host).
import { collectPage, type QuestionId } from './collect';
import type { FieldId } from './plan';

/** The Research Use Statement questions in reading order (not the workspace basics), with the fields each answers. */
export const RESEARCH_QUESTIONS = {
  primaryPurpose: ['educational'],
  intendedStudy: ['intendedStudy'],
  scientificApproach: ['scientificApproach'],
  anticipatedFindings: ['anticipatedFindings'],
  dissemination: ['disseminationOther', 'disseminationOtherText'],
  outcomes: ['outcomeNone'],
  population: ['population'],
  aianType: ['aianType'],
  aianDetails: ['aianDetails'],
  review: ['review'],
} as const satisfies Partial<Record<QuestionId, readonly FieldId[]>>;
export type ResearchQuestionId = keyof typeof RESEARCH_QUESTIONS;

/** The fields a Research Use Statement page answers (a multi-page dialog asks the name on another page). */
export const RESEARCH_PURPOSE_FIELDS: FieldId[] = Object.values(RESEARCH_QUESTIONS).flat();

export interface ShownQuestion {
  id: ResearchQuestionId;
  /** The element holding the question's text. */
  element: Element;
  /** The text as the page shows it (whitespace folded). */
  text: string;
}

export interface ShownQuestions {
  /** The first question's element: place UI beside it. */
  anchor: Element;
  /** The smallest element holding every question shown. */
  container: Element;
  questions: ShownQuestion[];
}

/** One question's text could be a mention elsewhere (a summary, a help page): it takes two different ones. */
export const MIN_QUESTIONS_SHOWN = 2;

const isResearchQuestion = (id: string | undefined): id is ResearchQuestionId =>
  id !== undefined && id in RESEARCH_QUESTIONS;

function commonAncestor(elements: Element[]): Element {
  let common: Element | null = elements[0]!;
  while (common && !elements.every((el) => common!.contains(el))) common = common.parentElement;
  return common ?? elements[0]!;
}

/** The Research Use Statement questions under `root` (a document, a dialog, one page of it), or undefined if it shows fewer than two. */
export function findResearchPurposeQuestions(root: ParentNode): ShownQuestions | undefined {
  const questions: ShownQuestion[] = [];
  for (const block of collectPage(root).blocks)
    if (isResearchQuestion(block.question)) questions.push({ id: block.question, element: block.el, text: block.raw });
  if (new Set(questions.map((q) => q.id)).size < MIN_QUESTIONS_SHOWN) return undefined;
  return { anchor: questions[0]!.element, container: commonAncestor(questions.map((q) => q.element)), questions };
}
