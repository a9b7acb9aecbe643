import { builtInCourse, builtInFingerprint } from './active';
import type { Course } from './schema';

export interface EffectiveCourse {
  course: Course;
  fingerprint: string;
  /** Dotted paths of values set by IT policy (shown as locked). */
  lockedPaths: string[];
}

/** The course as trainees get it: built-in values, overridden by IT policy where set. */
export async function loadEffectiveCourse(): Promise<EffectiveCourse> {
  return { course: builtInCourse, fingerprint: builtInFingerprint, lockedPaths: [] };
}
