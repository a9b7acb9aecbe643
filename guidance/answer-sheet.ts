// The course's answers, question by question, for trainees to copy where nothing can be filled for them.
import type { ScriptCourse } from '../domain/course/script-course';
import { t } from '../domain/i18n/t';
import { composeWorkspaceName } from '../prefill/plan';

export interface AnswerRow {
  id: string;
  question: string;
  answer: string;
}

// The Workbench's own option texts (English, as the form shows them; long ones by their opening words), so a trainee
// can find and pick them.
const EDUCATIONAL = 'Educational Purpose';
const OTHER = 'Other';
const NONE_APPLY = 'None of these statements apply to this research project';
const POPULATION_NO = 'No, my study will not center on underrepresented populations.';
const REVIEW_NO = 'No, I have no concerns at this time about potential stigmatization based on my study.';
const REVIEW_YES = 'Yes, I would like to request a review of my research purpose.';
// The options' opening words (each full text is long): enough to find and pick the option.
const AIAN_OPTIONS: Record<ScriptCourse['answers']['aianResearchType'], string> = {
  EXCLUSIVE_AI_AN_POPULATION:
    'I am planning to conduct my study using a study population exclusively including individuals who self-identify as AI/AN…',
  CASE_CONTROL_AI_AN: 'I am planning to conduct a case/control study…',
  FINDINGS_BY_AI_AN: 'I am planning to break down my findings by race/ethnicity…',
  NO_AI_AN_ANALYSIS: 'I will not conduct any analyses that would yield findings specific to AI/AN populations…',
};

/**
 * Every question with the course's answer, in the form's order; the name follows the course rule (with the last name
 * once known).
 */
export function answerSheet(course: ScriptCourse, lastName?: string): AnswerRow[] {
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
