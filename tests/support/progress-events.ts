// Progress as a page reports it, and a store clock, for the tests of the store, the messages and the popup.
import type { ProgressEventInput } from '@/domain/progress/events';

/** A date the store accepts (it refuses dates before 2020). */
export const T0 = 1_700_000_000_000;

/** A step as the Data Access Requirements page reports it. */
export function pageReport(
  step: ProgressEventInput['step'],
  state: ProgressEventInput['state'] = 'done',
  extra: Partial<ProgressEventInput> = {},
): ProgressEventInput {
  return { step, state, source: '/data-access-requirements', ...extra };
}

/** A store clock that moves one second at each reading, from T0. */
export function testClock(start = T0): () => number {
  let now = start;
  return () => {
    now += 1000;
    return now;
  };
}
