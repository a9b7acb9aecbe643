// Sends progress to the background. A step counts as recorded only once the background said so: a stopped
// service worker or a failed write is retried with backoff, and only the page's latest state of a step is sent.
import { sendMessage } from '../../messaging/send';
import type { ProgressEventInput } from '../../domain/progress/events';
import type { StepId } from '../../domain/progress/steps';

/** Waits between attempts after a failure; after the last, the page's next report starts over. */
export const RETRY_DELAYS_MS = [250, 1000, 3000, 8000, 20000];

/** True when the background stored it (or found it unchanged). */
export type SendRecord = (events: ProgressEventInput[]) => Promise<boolean>;

const sendRecord: SendRecord = async (events) => (await sendMessage({ type: 'progress/record', events })).ok;

export function createReporter(send: SendRecord = sendRecord, delays: readonly number[] = RETRY_DELAYS_MS) {
  /** The page's latest state of each step, and what the background confirmed (as JSON, to compare). */
  const latest = new Map<StepId, string>();
  const confirmed = new Map<StepId, string>();
  let sending = false;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const flush = async () => {
    if (sending) return; // the send in flight flushes again once answered
    retry = undefined;
    const batch = [...latest].filter(([step, json]) => confirmed.get(step) !== json);
    if (!batch.length) return;
    sending = true;
    const ok = await send(batch.map(([, json]) => JSON.parse(json) as ProgressEventInput)).catch(() => false);
    sending = false;
    if (ok) {
      failures = 0;
      for (const [step, json] of batch) confirmed.set(step, json);
      void flush(); // whatever the page showed meanwhile
    } else if (failures < delays.length) retry = setTimeout(flush, delays[failures++]);
    else failures = 0;
  };

  return (events: ProgressEventInput[]) => {
    for (const event of events) latest.set(event.step, JSON.stringify(event));
    // While a retry waits, new reports wait with it: a busy page must not defeat the backoff.
    if (!retry) void flush();
  };
}
