// The policy-checked course as the Workbench content script gets it: the background publishes it (the
// `publishedCourse` item). The content script carries the built-in course and uses it until (and unless) a
// published copy says otherwise, so it never waits for the service worker, even right after install.
import { publishedCourse, type PublishedCourse } from './items';
import { builtInFingerprint } from '../domain/course/active';
import type { Course } from '../domain/course/schema';
import type { ScriptCourse } from '../domain/course/script-course';

export function isCurrentPublication(value: unknown): value is PublishedCourse {
  const published = value as Partial<PublishedCourse> | undefined;
  return published?.fingerprint === builtInFingerprint && typeof published.course?.workspace === 'object';
}

/** The published course of this build; undefined until the background has published it. */
export async function readPublishedCourse(): Promise<Course | undefined> {
  const stored = await publishedCourse.getValue();
  return isCurrentPublication(stored) ? stored.course : undefined;
}

/** Calls back with the new course when the background publishes a different one (an IT policy changed). */
export function onCoursePublished(listener: (course: Course) => void): () => void {
  return publishedCourse.watch((next) => {
    if (isCurrentPublication(next)) listener(next.course);
  });
}

/** The same course whatever the key order (the background's copy went through validation, which rebuilds objects). */
export function sameCourse(a: ScriptCourse, b: ScriptCourse): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
