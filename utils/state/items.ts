// Every value that crosses contexts (background, popup, options page, content scripts), one typed item each.
// WXT's storage reaches the browser through @wxt-dev/browser (Chrome's own promise API), whatever a context's
// `wxt/browser` is. Keys are those earlier versions wrote, so stored progress and choices survive an upgrade
// (tests/unit/state-items.test.ts). A stored value may come from another build: readers still check its shape.
import { storage } from 'wxt/utils/storage';
import type { Course } from '../course/schema';
import type { StepStatus } from '../progress/events';

/** The policy-checked course, written by the background for the Workbench content script. */
export interface PublishedCourse {
  /** The build that published it: a course left by an earlier version is never used. */
  fingerprint: string;
  course: Course;
}
export const publishedCourse = storage.defineItem<PublishedCourse>('local:publishedCourse');

/** The background's copy of the per-step rows (IndexedDB stays the record), for the popup's first read. */
export interface PublishedSteps {
  /** The database version the rows come from: a copy left by a build with other rows is not used. */
  dbVersion: number;
  rows: StepStatus[];
}
export const publishedSteps = storage.defineItem<PublishedSteps>('local:publishedSteps');

/** Ids of the tips the trainee hid. */
export const dismissedTips = storage.defineItem<string[]>('local:dismissedTips', { fallback: [] });

/** The last name asked once for the workspace name rule (never read from the Workbench's fields). */
export const traineeLastName = storage.defineItem<string>('local:traineeLastName', { fallback: '' });

/** Noted when the trainee clicks Confirm, so the page that follows can be recognised as the new workspace. */
export interface CreateRequest {
  name: string;
  at: number;
}
export const workspaceCreateRequest = storage.defineItem<CreateRequest>('local:workspaceCreateRequest');

/** Writes only when the value differs, so listeners (open pages, popups) wake only for real changes. */
export async function setIfChanged<T>(item: { getValue(): Promise<T | null>; setValue(value: T): Promise<void> }, next: T): Promise<void> {
  if (JSON.stringify(await item.getValue()) === JSON.stringify(next)) return;
  await item.setValue(next);
}
