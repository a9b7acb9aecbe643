// Which Research Use Statement questions a page asks (any form, any host): their text by meaning, and a control that
// answers them.
import { commonAncestor, fieldGroup } from '../site/field-group';
import { collectPage, type ControlKind, type QuestionId } from './collect';
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
  /** The element holding the question's text (or, named only by its label, the control itself). */
  element: Element;
  /** The text as the page shows it (whitespace folded). */
  text: string;
}

export interface ShownQuestions {
  /** The whole field group of the questions asked: place UI beside it. */
  anchor: Element;
  /** The smallest element holding every question asked and its controls. */
  container: Element;
  questions: ShownQuestion[];
  /** The fields this page answers, in the form's order. */
  fields: FieldId[];
}

/** The widgets each question is answered with: a text box under a checkbox question (a search field, say) is not it. */
const ANSWERED_BY: Record<ResearchQuestionId, readonly ControlKind[]> = {
  primaryPurpose: ['checkbox'],
  intendedStudy: ['text'],
  scientificApproach: ['text'],
  anticipatedFindings: ['text'],
  dissemination: ['checkbox'],
  outcomes: ['checkbox'],
  population: ['radio', 'select'],
  aianType: ['radio', 'select'],
  aianDetails: ['text'],
  review: ['radio', 'select'],
};

const isResearchQuestion = (id: string | undefined): id is ResearchQuestionId =>
  id !== undefined && id in RESEARCH_QUESTIONS;

/** The Research Use Statement questions `root` (a document, a dialog, one page of it) asks: one or more, each with a
 * control the trainee can see that answers it. A page that only mentions them (a read-only review, a saved statement,
 * help text) asks none. */
export function findResearchPurposeQuestions(root: ParentNode): ShownQuestions | undefined {
  const { blocks, controls } = collectPage(root);
  const answering = controls.filter(
    (control) => isResearchQuestion(control.question) && ANSWERED_BY[control.question].includes(control.kind),
  );
  const asked = new Set(answering.map((control) => control.question as ResearchQuestionId));
  if (!asked.size) return undefined;
  const questions: ShownQuestion[] = [];
  for (const block of blocks)
    if (isResearchQuestion(block.question) && asked.has(block.question))
      questions.push({ id: block.question, element: block.el, text: block.raw });
  // A question named only by its control's label has no text block of its own.
  for (const id of asked)
    if (!questions.some((q) => q.id === id)) {
      const control = answering.find((c) => c.question === id)!;
      questions.push({ id, element: control.el, text: control.names[0] ?? '' });
    }
  const members = [...questions.map((q) => q.element), ...answering.map((c) => c.el)];
  const order = Object.keys(RESEARCH_QUESTIONS) as ResearchQuestionId[];
  return {
    anchor: fieldGroup(members),
    container: commonAncestor(members),
    questions,
    fields: order.filter((id) => asked.has(id)).flatMap((id) => RESEARCH_QUESTIONS[id]),
  };
}
