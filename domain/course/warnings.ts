// Build-time notes for the instructor: the course is valid, but trainees would see something worth avoiding.
import { SUMMARY_ANSWERS, WORKBENCH_LIMITS, type Course } from './schema';
const WORKBENCH_DOMAIN = '@researchallofus.org';

export function courseWarnings(course: Course): string[] {
  return [...shortAnswerWarnings(course), ...collaboratorWarnings(course)];
}

/** Only the legacy form takes a short answer (with a note); on Researcher Workbench 2.0 the schema refuses it. */
function shortAnswerWarnings(course: Course): string[] {
  if (course.workspace.platform !== 'legacy') return [];
  return SUMMARY_ANSWERS.flatMap((key) => {
    const length = course.answers[key].trim().length;
    if (length >= WORKBENCH_LIMITS.summaryTooShortNote) return [];
    return [
      `answers.${key} has ${length} characters: under ${WORKBENCH_LIMITS.summaryTooShortNote} the Workbench shows its "too short" note below the answer (the workspace can still be created).`,
    ];
  });
}

/** The Share dialog finds people by Workbench username or name, never by a university address. */
function collaboratorWarnings(course: Course): string[] {
  const email = course.workspace.collaborator?.email;
  if (!email || email.toLowerCase().endsWith(WORKBENCH_DOMAIN)) return [];
  return [
    `workspace.collaborator.email is ${email}: the Workbench's Share search finds people by their Workbench username (…${WORKBENCH_DOMAIN}) or name, so trainees would likely find no one. Use the instructor's Workbench username.`,
  ];
}
