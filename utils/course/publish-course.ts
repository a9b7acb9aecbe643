// Background: keeps the policy-checked course in local storage for the Workbench content script
// (see published-course.ts), rewriting it only when it changed so open pages re-run only then.
import { browser } from 'wxt/browser';
import { writeIfChanged } from '../write-if-changed';
import { loadEffectiveCourse } from './effective';
import { PUBLISHED_COURSE_KEY, type PublishedCourse } from './published-course';

export async function publishCourse(): Promise<void> {
  const { course, fingerprint } = await loadEffectiveCourse();
  const next: PublishedCourse = { fingerprint, course };
  await writeIfChanged(PUBLISHED_COURSE_KEY, next);
}

/** Publishes now and again whenever an administrator changes the policy. */
export function keepCoursePublished(): void {
  void publishCourse();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void publishCourse();
  });
}
