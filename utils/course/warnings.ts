// Build-time notes for the instructor: the course is valid, but trainees would see something worth avoiding.
import { WORKBENCH_LIMITS, type Course } from './schema';

const SUMMARY_ANSWERS = ['intendedStudy', 'scientificApproach', 'anticipatedFindings'] as const;

export function courseWarnings(course: Course): string[] {
  return SUMMARY_ANSWERS.flatMap((key) => {
    const length = course.answers[key].trim().length;
    if (length >= WORKBENCH_LIMITS.summaryTooShortNote) return [];
    return [
      `answers.${key} has ${length} characters: under ${WORKBENCH_LIMITS.summaryTooShortNote} the Workbench shows its "too short" note below the answer (the workspace can still be created).`,
    ];
  });
}
