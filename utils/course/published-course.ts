// The course as the Workbench content script gets it. The background publishes the policy-checked
// course to local storage, so the content script neither carries the course texts (its size budget)
// nor wakes the service worker on every page load.
import { browser } from 'wxt/browser';
import { builtInFingerprint } from './active';
import { COURSE_REQUEST, type CourseReply } from './content-course';
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

/** The published course, else the background's answer; undefined only if neither is available. */
export async function readPublishedCourse(): Promise<Course | undefined> {
  const stored = (await browser.storage.local.get(PUBLISHED_COURSE_KEY))[PUBLISHED_COURSE_KEY];
  if (isCurrentPublication(stored)) return stored.course;
  try {
    const reply = (await browser.runtime.sendMessage({ type: COURSE_REQUEST })) as CourseReply | undefined;
    return reply?.ok ? reply.course : undefined;
  } catch {
    return undefined;
  }
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
