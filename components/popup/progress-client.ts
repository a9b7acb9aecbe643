// How the popup talks to progress: reads the background's copy of the rows (fast), asks the background otherwise.
import { browser } from 'wxt/browser';
import { PROGRESS_CHANGED, type ReplyTo, type Request } from '@/messaging/protocol';
import { sendMessage } from '@/messaging/send';
import { readPublishedSteps } from '@/state/published-steps';
import { readUnsavedProgress, type UnsavedProgress } from '@/state/unsaved-progress';
import type { StepStatuses } from '@/domain/progress/status-rows';

export interface ProgressClient {
  readSteps(): Promise<StepStatuses>;
  /** What pages showed that the background could not save yet (undefined: everything is saved). */
  readUnsaved(): Promise<UnsavedProgress | undefined>;
  send<M extends Request>(message: M): Promise<ReplyTo<M>>;
  /** Calls back when the background says progress changed; returns the unsubscribe. */
  onChanged(listener: () => void): () => void;
}

/** The background's copy of the rows when there is one (one storage call); else the background reads the store. */
export async function readStepsForPopup(): Promise<StepStatuses> {
  const published = await readPublishedSteps();
  if (published) return published;
  const reply = await sendMessage({ type: 'progress/get' });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value.steps;
}

export function createBrowserProgressClient(): ProgressClient {
  return {
    readSteps: readStepsForPopup,
    readUnsaved: readUnsavedProgress,
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
