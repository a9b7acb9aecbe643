// Background: copies the per-step rows to the `publishedSteps` item after every change, for the popup's fast read
// (see published-steps.ts). The database stays the record; the copy is rewritten from it, never edited.
import { publishedSteps, setIfChanged } from '../state/items';
import { DB_VERSION } from '../state/progress-db';
import type { ProgressStore } from './progress-store';

/** Copies run one after another, each reading the store when it runs, so the last copy written is the newest. */
export function stepsPublisher(store: ProgressStore): () => Promise<void> {
  let queue = Promise.resolve();
  return () => {
    queue = queue
      .then(() => publishSteps(store))
      // Never rejects: the change itself is saved. A stale copy is worse than none (the popup then asks the
      // background).
      .catch(async (error: unknown) => {
        console.warn('[workbench-companion] could not copy progress for the popup:', error);
        await publishedSteps.removeValue().catch(() => undefined);
      });
    return queue;
  };
}

async function publishSteps(store: ProgressStore): Promise<void> {
  // Unchanged (a worker restart): no write, so nothing listening to storage wakes for nothing.
  await setIfChanged(publishedSteps, { dbVersion: DB_VERSION, rows: Object.values(await store.readSteps()) });
}
