// The course's answers, question by question, for trainees to copy where nothing can be filled for them.
import type { Course } from './course/schema';
import { t } from './i18n/t';
import { composeWorkspaceName } from './prefill/plan';

export interface AnswerRow {
  id: string;
  question: string;
  answer: string;
}

// The Workbench's own option texts (English, as the form shows them), so a trainee can find and pick them.
const EDUCATIONAL = 'Educational Purpose';
const OTHER = 'Other';
const NONE_APPLY = 'None of these statements apply to this research project';
const POPULATION_NO =
  'No, my study will not center on underrepresented populations. I am interested in a diverse sample in general, or I am focused on populations that have been well represented in prior research.';
const REVIEW_NO = 'No, I have no concerns at this time about potential stigmatization based on my study.';
const REVIEW_YES = 'Yes, I would like to request a review of my research purpose.';
const AIAN_OPTIONS: Record<Course['answers']['aianResearchType'], string> = {
  EXCLUSIVE_AI_AN_POPULATION:
    'I am planning to conduct my study using a study population exclusively including individuals who self-identify as AI/AN and/or who exhibit genetic similarity to populations with inferred Indigenous American genetic ancestry.',
  CASE_CONTROL_AI_AN:
    'I am planning to conduct a case/control study where either the “case” or the “control” population consists exclusively of individuals who self-identify as AI/AN and/or who exhibit genetic similarity to populations with inferred Indigenous American genetic ancestry.',
  FINDINGS_BY_AI_AN:
    'I am planning to break down my findings by race/ethnicity and/or ancestral genetic similarity in such a way that may raise findings that are specific to individuals who self-identify as AI/AN and/or who exhibit genetic similarity to populations with inferred Indigenous American genetic ancestry.',
  NO_AI_AN_ANALYSIS:
    'I will not conduct any analyses that would yield findings specific to AI/AN populations and/or populations who exhibit genetic similarity to populations with inferred Indigenous American genetic ancestry. If that changes, I will immediately update my responses on this form to reflect that change.',
};

/** Every question with the course's answer, in the form's order; the name follows the course rule (with the last name once known). */
export function answerSheet(course: Course, lastName?: string): AnswerRow[] {
  const { answers, workspace } = course;
  const row = (id: string, answer: string): AnswerRow => ({ id, question: t(`rw2_q_${id}`), answer });
  return [
    row('name', composeWorkspaceName(workspace.nameTemplate, lastName)?.value ?? workspace.nameTemplate),
    row('purpose', EDUCATIONAL),
    row('intendedStudy', answers.intendedStudy),
    row('scientificApproach', answers.scientificApproach),
    row('anticipatedFindings', answers.anticipatedFindings),
    row('dissemination', OTHER),
    row('disseminationOther', answers.disseminationOther),
    row('outcomes', NONE_APPLY),
    row('population', POPULATION_NO),
    row('aianType', AIAN_OPTIONS[answers.aianResearchType]),
    row('aianDetails', answers.aianResearchDetails),
    row('review', answers.requestReview ? REVIEW_YES : REVIEW_NO),
  ];
}
