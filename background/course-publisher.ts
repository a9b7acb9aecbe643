// Background: keeps the policy-checked course published for the Workbench content script
// (see published-course.ts), rewriting it only when it changed so open pages re-run only then.
import { browser } from 'wxt/browser';
import { publishedCourse, setIfChanged } from '../state/items';
import { loadEffectiveCourse } from '../domain/course/effective';

export async function publishCourse(): Promise<void> {
  const { course, fingerprint } = await loadEffectiveCourse();
  await setIfChanged(publishedCourse, { fingerprint, course });
}

/** Publishes now and again whenever an administrator changes the policy. */
export function keepCoursePublished(): void {
  void publishCourse();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void publishCourse();
  });
}
