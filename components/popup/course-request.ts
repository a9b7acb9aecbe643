// The course as the popup uses it. It ships no zod, so when a policy is set it asks the background
// (which validates it); without a policy the built-in course applies at once. The Workbench content
// script reads the background's published copy instead (published-course.ts).
import { sendMessage } from '../../messaging/send';
import { builtInCourse, builtInFingerprint } from '../../domain/course/active';
import type { EffectiveCourse } from '../../domain/course/effective';
import { readManagedPolicy } from '../../domain/course/managed-policy';

/** The course file's values with nothing locked: what applies until (or unless) a policy says otherwise. */
export function builtInEffectiveCourse(): EffectiveCourse {
  return { course: builtInCourse, fingerprint: builtInFingerprint, lockedPaths: [], policyWarnings: [] };
}

/** The policy-checked course without shipping zod: the background checks it. */
export async function requestEffectiveCourse(): Promise<EffectiveCourse> {
  const { values } = await readManagedPolicy();
  return Object.keys(values).length === 0 ? builtInEffectiveCourse() : askBackground();
}

/**
 * The popup asks the background directly: the browser's first policy read after a start can take
 * seconds, and the background has already done it (see background.ts), so the popup never waits on it.
 */
export async function askBackground(): Promise<EffectiveCourse> {
  const reply = await sendMessage({ type: 'course/effective' });
  return reply.ok ? reply.value : builtInEffectiveCourse();
}
