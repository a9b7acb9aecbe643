// Typed messages to the background (which validates them on arrival: see message-schema.ts).
import { browser } from 'wxt/browser';
import type { Message } from './message-schema';
import type { ProgressExport } from './progress/export-format';
import type { ProgressSnapshot } from './progress/store';

export type { Message };
/** code "invalid-import": the file is not a progress export (error lists where it fails). */
export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string; code?: 'invalid-import' };

/** What the background answers to each message type. */
export interface ReplyValues {
  'progress/record': ProgressSnapshot;
  'progress/get': ProgressSnapshot;
  'progress/mark': ProgressSnapshot;
  'progress/undo-mark': ProgressSnapshot;
  /** The progress as it was, so the popup can offer "undo" for a few seconds. */
  'progress/reset': ProgressExport;
  'progress/import': ProgressSnapshot;
  'progress/export': ProgressExport;
}
export type ReplyTo<M extends Message> = Reply<ReplyValues[M['type']]>;

/** Broadcast by the background after every change so open popups refresh. */
export const PROGRESS_CHANGED = 'progress/changed';

export async function sendMessage<M extends Message>(message: M): Promise<ReplyTo<M>> {
  try {
    return ((await browser.runtime.sendMessage(message)) as ReplyTo<M>) ?? { ok: false, error: 'no reply from the background' };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
