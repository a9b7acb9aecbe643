import { builtInCourse, builtInFingerprint } from './active';
import { readManagedPolicy } from './managed-policy';
import { applyPolicy, type PolicyWarning } from './policy';
import type { Course } from './schema';

export interface EffectiveCourse {
  course: Course;
  /** Fingerprint of the build (the course file as validated at build time). */
  fingerprint: string;
  /** Dotted paths of values set by IT policy (shown as locked). */
  lockedPaths: string[];
  /** Policy values that were ignored, and why. */
  policyWarnings: PolicyWarning[];
  /** Fingerprint after policy, when a policy changed anything. */
  policyFingerprint?: string;
}

/** The course as trainees get it: built-in values, overridden by IT policy where set. */
export async function loadEffectiveCourse(): Promise<EffectiveCourse> {
  const { values, error } = await readManagedPolicy();
  const result = applyPolicy(builtInCourse, values);
  const readWarning = error ? [{ path: '(policy)', rule: `could not be read: ${error}`, received: 'an error' }] : [];
  return {
    course: result.course,
    fingerprint: builtInFingerprint,
    lockedPaths: result.lockedPaths,
    policyWarnings: [...readWarning, ...result.warnings],
    ...(result.policyFingerprint ? { policyFingerprint: result.policyFingerprint } : {}),
  };
}
