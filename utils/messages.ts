// Typed messages to the background (which validates them on arrival: see message-schema.ts).
import { browser } from 'wxt/browser';
import type { Message } from './message-schema';
import type { ProgressSnapshot } from './progress/store';

export type { Message };
export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string };

/** Broadcast by the background after every change so open popups refresh. */
export const PROGRESS_CHANGED = 'progress/changed';

export async function sendMessage<T = ProgressSnapshot>(message: Message): Promise<Reply<T>> {
  try {
    return ((await browser.runtime.sendMessage(message)) as Reply<T>) ?? { ok: false, error: 'no reply from the background' };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
