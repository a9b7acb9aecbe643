// Starts the content script's runner on happy-dom's document, the way the content script does,
// with progress events collected instead of sent.
import { builtInCourse } from '@/domain/course/active';
import { loadCourseFile } from '@/domain/course/load-file';
import type { Course } from '@/domain/course/schema';
import {
  runFeatures,
  waiterOn,
  watchPage,
  type Feature,
  type PageWatcher,
  type RunHandle,
  type WaitFor,
} from '@/content/runner/feature-runner';
import { createUi } from '@/content/ui/mount-ui';
import type { ProgressEventInput } from '@/domain/progress/events';

export interface TestRun extends RunHandle {
  events: ProgressEventInput[];
  errors: string[];
}

/** The example course (a collaborator, the Controlled Tier): the workspace features' tests run on it. */
export const exampleCourse: Course = loadCourseFile('courses/example-cwml-training.json').course;

let latest: TestRun | undefined;

export function startRun(features: readonly Feature[], url: string, course: Course = builtInCourse): TestRun {
  // A newer run replaces the one a test left running, as a newer content script does (WXT would log it).
  latest?.abort();
  const events: ProgressEventInput[] = [];
  const errors: string[] = [];
  const page = watchPage(document);
  const handle = runFeatures(features, {
    url: new URL(url),
    document,
    course,
    page,
    createUi,
    report: (batch) => events.push(...batch),
    onError: (id, error) => errors.push(`${id}: ${(error as Error)?.stack ?? error}`),
  });
  const abort = () => {
    handle.abort();
    page.disconnect();
  };
  latest = { ...handle, abort, events, errors };
  return latest;
}

/** The shadow root of one of our hosts in the page, open or closed (closed ones through the run that placed them). */
export function ourRoot(name: string): ShadowRoot | undefined {
  const host = document.querySelector(name);
  return (host && (host.shadowRoot ?? latest?.rootOf(name))) || undefined;
}

let pageForWaits: PageWatcher | undefined;
/** `run.waitFor` for page code tested without a run (the prefill's steps): the runner's waiter on this document. */
export const pageWaitFor: WaitFor = (find, timeoutMs) => {
  pageForWaits ??= watchPage(document);
  return waiterOn(pageForWaits, new AbortController().signal)(find, timeoutMs);
};

/** One feature, run as the runner would on `url`. */
export function runFeature(feature: Feature, url: string, course: Course = builtInCourse): TestRun {
  return startRun([feature], url, course);
}
