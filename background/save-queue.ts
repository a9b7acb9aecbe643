// Background: what pages report is held until it is saved. A refused write (a full disk: QuotaExceededError) keeps
// each step's latest status in memory and in storage.session, says so to the popup, and is tried again on a timer,
// at the next report and after any write that works, so nothing a page showed is dropped silently.
import type { ProgressEvent, ProgressEventInput, StepStatus } from '../domain/progress/events';
import { sameState } from '../domain/progress/records';
import type { StepId } from '../domain/progress/steps';
import type { UnsavedProgress } from '../state/unsaved-progress';
import { describeStoreError } from './describe-store-error';
import type { ProgressStore } from './progress-store';

/** Waits between retries while something is held; the last repeats while the service worker lives. */
export const SAVE_RETRY_DELAYS_MS = [1000, 2000, 5000, 10_000, 30_000];

export type SaveResult = { saved: true; events: ProgressEvent[] } | { saved: false; error: string };

export interface SaveQueueDeps {
  store: Pick<ProgressStore, 'record'>;
  /** Publishes what is held (undefined: nothing), where popups and a restarted worker read it. */
  keep: (unsaved: UnsavedProgress | undefined) => Promise<void>;
  /** Reads what a stopped worker held. */
  restore: () => Promise<UnsavedProgress | undefined>;
  /** Held events were saved, or what is held changed: copy the rows, tell open popups. */
  announce: () => Promise<void>;
  now?: () => number;
  delays?: readonly number[];
}

export interface SaveQueue {
  /** Holds the reports, then writes everything held in one transaction. */
  record: (inputs: ProgressEventInput[]) => Promise<SaveResult>;
  /** Tries what is held again now (nothing to do when nothing is held). */
  retry: () => Promise<void>;
  /** Forgets what is held (the trainee erased their progress). */
  clear: () => Promise<void>;
  /** Picks up what a stopped service worker held, and tries to save it. */
  resume: () => Promise<void>;
}

export function createSaveQueue({
  store,
  keep,
  restore,
  announce,
  now = Date.now,
  delays = SAVE_RETRY_DELAYS_MS,
}: SaveQueueDeps): SaveQueue {
  const held = new Map<StepId, StepStatus>();
  let error: string | undefined;
  let failures = 0;
  /** What the popup was last told is held (JSON). */
  let shown = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  // One write at a time, so what is held is written in the order pages showed it.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };

  const hold = (inputs: ProgressEventInput[]) => {
    for (const input of inputs) {
      const before = held.get(input.step);
      const status: StepStatus = { ...input, at: now() };
      // New details of the same state keep the time the state was first seen.
      held.set(input.step, before && sameState(before, status) ? { ...status, at: before.at } : status);
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void retry(), delays[Math.min(failures, delays.length) - 1]);
  };

  const write = async (): Promise<SaveResult> => {
    if (!held.size) return { saved: true, events: [] };
    const batch = [...held.values()];
    try {
      const events = await store.record(batch);
      // Only what was written goes: a newer status held meanwhile waits for its own write.
      for (const status of batch) if (held.get(status.step) === status) held.delete(status.step);
      const wasHeld = error !== undefined;
      if (!held.size) {
        error = undefined;
        failures = 0;
        clearTimeout(timer);
        shown = '';
        if (wasHeld) await keep(undefined).catch(() => undefined);
      }
      if (wasHeld) await announce();
      return { saved: true, events };
    } catch (cause) {
      error = describeStoreError(cause);
      failures++;
      schedule();
      const unsaved = { error, events: [...held.values()] };
      // Popups re-read only when what they show changed (a retry that fails again changes nothing).
      if (JSON.stringify(unsaved) === shown) return { saved: false, error };
      shown = JSON.stringify(unsaved);
      await keep(unsaved).catch(() => undefined);
      await announce();
      return { saved: false, error };
    }
  };

  const retry = () => serial(write).then(() => undefined);

  return {
    record: (inputs) =>
      serial(() => {
        hold(inputs);
        return write();
      }),
    retry,
    clear: () =>
      serial(async () => {
        held.clear();
        error = undefined;
        failures = 0;
        shown = '';
        clearTimeout(timer);
        await keep(undefined).catch(() => undefined);
      }),
    resume: () =>
      serial(async () => {
        const left = await restore().catch(() => undefined);
        if (!left?.events.length) return;
        for (const status of left.events) if (!held.has(status.step)) held.set(status.step, status);
        error = left.error;
        await write();
      }),
  };
}
