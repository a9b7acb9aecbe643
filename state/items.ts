// Every value that crosses contexts (background, popup, options page, content scripts), one typed item each.
// Keys are those earlier versions wrote, so stored progress and choices survive an upgrade
// (tests/unit/state-items.test.ts). A stored value may come from another build: readers still check its shape.
import type { CreateRequest } from '../domain/progress/workspace-progress';
import type { Course } from '../domain/course/schema';
import type { StepStatus } from '../domain/progress/events';
import { defineItem } from './local-item';

// WXT's `storage.defineItem` (wxt/utils/storage) works in every context here (it calls Chrome's own promise API
// through @wxt-dev/browser), but adds 3.7 KB gzip to the Workbench content script, past its 25 KB budget. So
// these items have the same shape (`key`, getValue, setValue, removeValue, watch) over storage.local: moving to
// WXT's is a change of the import above and of `defineItem(` to `storage.defineItem(`.

/** The policy-checked course, written by the background for the Workbench content script. */
export interface PublishedCourse {
  /** The build that published it: a course left by an earlier version is never used. */
  fingerprint: string;
  course: Course;
}
export const publishedCourse = defineItem<PublishedCourse>('local:publishedCourse');

/** The background's copy of the per-step rows (IndexedDB stays the record), for the popup's first read. */
export interface PublishedSteps {
  /** The database version the rows come from: a copy left by a build with other rows is not used. */
  dbVersion: number;
  rows: StepStatus[];
}
export const publishedSteps = defineItem<PublishedSteps>('local:publishedSteps');

/** Ids of the tips the trainee hid. */
export const dismissedTips = defineItem<string[]>('local:dismissedTips', { fallback: [] });

/** The last name asked once for the workspace name rule (never read from the Workbench's fields). */
export const traineeLastName = defineItem<string>('local:traineeLastName', { fallback: '' });

/** Noted when the trainee clicks Confirm, so the page that follows can be recognised as the new workspace. */
export const workspaceCreateRequest = defineItem<CreateRequest>('local:workspaceCreateRequest');

/** When the trainee pressed Get Started on identity verification (only the moment, nothing about it). */
export const identityStartedAt = defineItem<number>('local:identityStartedAt');

/** Writes only when the value differs, so listeners (open pages, popups) wake only for real changes. */
export async function setIfChanged<T>(
  item: { getValue(): Promise<T | null>; setValue(value: T): Promise<void> },
  next: T,
): Promise<void> {
  if (JSON.stringify(await item.getValue()) === JSON.stringify(next)) return;
  await item.setValue(next);
}
