// Progress the background could not save yet (a full disk, a refused write), published in storage.session: kept in
// memory, so a full disk cannot refuse it, and read by the popup. Cleared once everything is saved.
import { browser } from 'wxt/browser';
import type { StepStatus } from '../domain/progress/events';

/** The key in storage.session (the background writes it, extension pages read it; content scripts cannot). */
export const UNSAVED_PROGRESS_KEY = 'unsavedProgress';

export interface UnsavedProgress {
  /** Why the last attempt failed (the background's words, e.g. "no room left"). */
  error: string;
  /** Each step's latest status as a page showed it, with the time it was seen. */
  events: StepStatus[];
}

export async function readUnsavedProgress(): Promise<UnsavedProgress | undefined> {
  const value = (await browser.storage.session.get(UNSAVED_PROGRESS_KEY))[UNSAVED_PROGRESS_KEY] as
    | Partial<UnsavedProgress>
    | undefined;
  // Shape checked: the popup shows it, and a value from another build must not break it.
  if (typeof value?.error !== 'string' || !Array.isArray(value.events)) return undefined;
  return { error: value.error, events: value.events.filter((event) => typeof event?.step === 'string') };
}

/** Undefined clears it (everything is saved). */
export function writeUnsavedProgress(value: UnsavedProgress | undefined): Promise<void> {
  return value
    ? browser.storage.session.set({ [UNSAVED_PROGRESS_KEY]: value })
    : browser.storage.session.remove(UNSAVED_PROGRESS_KEY);
}
