// Background: copies the per-step rows to local storage after every change, for the popup's fast first read
// (see published-steps.ts). The database stays the record; the copy is rewritten from it, never edited.
import { browser } from 'wxt/browser';
import { writeIfChanged } from '../write-if-changed';
import { DB_VERSION } from './db-info';
import { PUBLISHED_STEPS_KEY, type PublishedSteps } from './published-steps';
import type { ProgressStore } from './store';

/** Copies run one after another, each reading the store when it runs, so the last copy written is the newest. */
export function stepsPublisher(store: ProgressStore): () => Promise<void> {
  let queue = Promise.resolve();
  return () => {
    queue = queue
      .then(() => publishSteps(store))
      // Never rejects: the change itself is saved. A stale copy is worse than none (the popup then reads the database).
      .catch(async (error: unknown) => {
        console.warn('[workbench-companion] could not copy progress for the popup:', error);
        await browser.storage.local.remove(PUBLISHED_STEPS_KEY).catch(() => undefined);
      });
    return queue;
  };
}

async function publishSteps(store: ProgressStore): Promise<void> {
  const next: PublishedSteps = { dbVersion: DB_VERSION, rows: Object.values(await store.readSteps()) };
  // Unchanged (a worker restart): no write, so nothing listening to storage wakes for nothing.
  await writeIfChanged(PUBLISHED_STEPS_KEY, next);
}
