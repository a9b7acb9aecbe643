// Sends progress to the background. A step counts as recorded only once the background said it is saved: a
// stopped service worker or a refused write (a full disk) is retried with backoff for as long as the page is open,
// only the page's latest state of a step is sent, and the page is told while something is not saved yet.
import { sendMessage } from '../../messaging/send';
import type { ProgressEventInput } from '../../domain/progress/events';
import type { StepId } from '../../domain/progress/steps';

/** Waits between attempts after a failure; the last one repeats until the background says saved. */
export const RETRY_DELAYS_MS = [250, 1000, 3000, 5000, 10_000];

/** "not-saved": the background holds it and keeps trying; "no-answer": it could not be asked (or refused it). */
export type SendOutcome = 'saved' | 'not-saved' | 'no-answer';
export type SendRecord = (events: ProgressEventInput[]) => Promise<SendOutcome>;

const sendRecord: SendRecord = async (events) => {
  const reply = await sendMessage({ type: 'progress/record', events });
  return reply.ok ? 'saved' : reply.code === 'not-saved' ? 'not-saved' : 'no-answer';
};

export interface ReporterOptions {
  send?: SendRecord;
  delays?: readonly number[];
  /** Called with true while something the page showed is not saved, false once it all is. */
  onUnsaved?: (unsaved: boolean) => void;
  /** Stops retrying (the content script was invalidated). */
  signal?: AbortSignal;
}

export function createReporter({
  send = sendRecord,
  delays = RETRY_DELAYS_MS,
  onUnsaved = () => undefined,
  signal,
}: ReporterOptions = {}) {
  /** The page's latest state of each step, and what the background confirmed (as JSON, to compare). */
  const latest = new Map<StepId, string>();
  const confirmed = new Map<StepId, string>();
  let sending = false;
  let failures = 0;
  let unsaved = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const tell = (next: boolean) => {
    if (next === unsaved) return;
    unsaved = next;
    onUnsaved(next);
  };

  const flush = async () => {
    if (sending || signal?.aborted) return; // the send in flight flushes again once answered
    retry = undefined;
    const batch = [...latest].filter(([step, json]) => confirmed.get(step) !== json);
    if (!batch.length) return tell(false);
    sending = true;
    const outcome = await send(batch.map(([, json]) => JSON.parse(json) as ProgressEventInput)).catch(
      () => 'no-answer' as const,
    );
    sending = false;
    if (outcome === 'saved') {
      failures = 0;
      for (const [step, json] of batch) confirmed.set(step, json);
      void flush(); // whatever the page showed meanwhile
      return;
    }
    // Held by the background: say so at once. No answer: a worker starting up misses one, so only from the second.
    if (outcome === 'not-saved' || failures > 0) tell(true);
    if (!signal?.aborted) retry = setTimeout(flush, delays[Math.min(failures++, delays.length - 1)]);
  };

  return (events: ProgressEventInput[]) => {
    for (const event of events) latest.set(event.step, JSON.stringify(event));
    // While a retry waits, new reports wait with it: a busy page must not defeat the backoff.
    if (!retry) void flush();
  };
}
