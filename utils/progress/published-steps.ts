// The per-step rows as the background last copied them to local storage (see publish-steps.ts). The popup's first
// read is then one storage call, about half the time of opening IndexedDB (a storage-access check and two round trips).
import { browser } from 'wxt/browser';
import { DB_VERSION } from './db-info';
import type { StepStatus } from './events';
import { stepsFrom, type StepStatuses } from './status-rows';

export const PUBLISHED_STEPS_KEY = 'publishedSteps';

export interface PublishedSteps {
  /** The database version the rows come from: a copy left by a build with other rows is not used. */
  dbVersion: number;
  rows: StepStatus[];
}

/** The copied rows (checked like rows read from the database), or undefined when there is no usable copy. */
export async function readPublishedSteps(): Promise<StepStatuses | undefined> {
  const published = (await browser.storage.local.get(PUBLISHED_STEPS_KEY))[PUBLISHED_STEPS_KEY] as Partial<PublishedSteps> | undefined;
  return published?.dbVersion === DB_VERSION && Array.isArray(published.rows) ? stepsFrom(published.rows) : undefined;
}
