// The per-step rows as the background last copied them (the `publishedSteps` item, see background/steps-publisher.ts).
// The
// popup's read is then one storage call, about half the time of opening IndexedDB.
import { publishedSteps } from './items';
import { DB_VERSION } from './progress-db';
import { stepsFrom, type StepStatuses } from '../domain/progress/status-rows';

/** The copied rows (checked like rows read from the database), or undefined when there is no usable copy. */
export async function readPublishedSteps(): Promise<StepStatuses | undefined> {
  const published = await publishedSteps.getValue();
  return published?.dbVersion === DB_VERSION && Array.isArray(published.rows) ? stepsFrom(published.rows) : undefined;
}
