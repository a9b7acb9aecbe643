// The policy-checked course as the Workbench content script gets it: the background publishes it to
// local storage. The content script carries the built-in course and uses it until (and unless) a
// published copy says otherwise, so it never waits for the service worker, even right after install.
import { browser } from 'wxt/browser';
import { builtInFingerprint } from './active';
import type { Course } from './schema';

export const PUBLISHED_COURSE_KEY = 'publishedCourse';

export interface PublishedCourse {
  /** The build that published it: a course left by an earlier version is never used. */
  fingerprint: string;
  course: Course;
}

export function isCurrentPublication(value: unknown): value is PublishedCourse {
  const published = value as Partial<PublishedCourse> | undefined;
  return published?.fingerprint === builtInFingerprint && typeof published.course?.workspace === 'object';
}

/** The published course of this build; undefined until the background has published it. */
export async function readPublishedCourse(): Promise<Course | undefined> {
  const stored = (await browser.storage.local.get(PUBLISHED_COURSE_KEY))[PUBLISHED_COURSE_KEY];
  return isCurrentPublication(stored) ? stored.course : undefined;
}

/** Calls back with the new course when the background publishes a different one (an IT policy changed). */
export function onCoursePublished(listener: (course: Course) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const next = changes[PUBLISHED_COURSE_KEY]?.newValue;
    if (area === 'local' && isCurrentPublication(next)) listener(next.course);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** The same course whatever the key order (the background's copy went through validation, which rebuilds objects). */
export function sameCourse(a: Course, b: Course): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
