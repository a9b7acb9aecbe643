// How the popup talks to progress: reads the background's copy or the store itself (fast), writes through the background.
import { browser } from 'wxt/browser';
import { PROGRESS_CHANGED, sendMessage, type Message, type ReplyTo } from '@/utils/messages';
import { readPublishedSteps } from '@/utils/progress/published-steps';
import { readStepRows } from '@/utils/progress/read-steps';
import type { StepStatuses } from '@/utils/progress/status-rows';

export interface ProgressClient {
  readSteps(): Promise<StepStatuses>;
  send<M extends Message>(message: M): Promise<ReplyTo<M>>;
  /** Calls back when the background says progress changed; returns the unsubscribe. */
  onChanged(listener: () => void): () => void;
}

/**
 * The background's copy of the rows when there is one (one storage call); else plain IndexedDB, and a database
 * older than this build is upgraded by the background, which answers.
 */
export async function readStepsForPopup(): Promise<StepStatuses> {
  const published = await readPublishedSteps();
  if (published) return published;
  const rows = await readStepRows();
  if (rows !== 'upgrade-needed') return rows;
  const reply = await sendMessage({ type: 'progress/get' });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value.steps;
}

export function createBrowserProgressClient(): ProgressClient {
  return {
    readSteps: readStepsForPopup,
    send: (message) => sendMessage(message),
    onChanged(listener) {
      const onMessage = (message: unknown) => {
        if ((message as { type?: unknown })?.type === PROGRESS_CHANGED) listener();
        // No return value: other listeners (the background) answer requests.
      };
      browser.runtime.onMessage.addListener(onMessage);
      return () => browser.runtime.onMessage.removeListener(onMessage);
    },
  };
}
