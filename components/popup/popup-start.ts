// What the popup can show before anything slow answers: the course and the step rows the background last copied.
// The browser's first policy read after a start takes seconds; the popup paints without it and updates after.
import { builtInEffectiveCourse } from './course-request';
import type { EffectiveCourse } from '../../domain/course/effective';
import type { StepStatuses } from '../../domain/progress/status-rows';
import { readPublishedCourse } from '../../state/published-course';
import { readPublishedSteps } from '../../state/published-steps';

export interface PopupStart {
  /** The course the background last published (policy checked), else the built-in one. */
  course: EffectiveCourse;
  /**
   * Undefined when there is no usable copy yet (just installed): the popup fills them in when the background answers.
   */
  steps?: StepStatuses;
}

/** Two storage reads side by side, never the policy and never the background. */
export async function readPopupStart(): Promise<PopupStart> {
  const [course, steps] = await Promise.all([
    readPublishedCourse().catch(() => undefined),
    readPublishedSteps().catch(() => undefined),
  ]);
  const builtIn = builtInEffectiveCourse();
  return { course: course ? { ...builtIn, course } : builtIn, steps };
}

/** Whether the policy-checked course changes what the popup shows (the published copy already had it, usually). */
export function showsDifferently(a: EffectiveCourse, b: EffectiveCourse): boolean {
  return (
    a.fingerprint !== b.fingerprint ||
    a.policyFingerprint !== b.policyFingerprint ||
    JSON.stringify(a.course) !== JSON.stringify(b.course)
  );
}
