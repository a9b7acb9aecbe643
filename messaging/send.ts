// Sending a request to the background from any context; a failure is a reply, never a throw.
import { browser } from 'wxt/browser';
import type { ReplyTo, Request } from './protocol';

export async function sendMessage<M extends Request>(message: M): Promise<ReplyTo<M>> {
  try {
    return (
      ((await browser.runtime.sendMessage(message)) as ReplyTo<M> | undefined) ?? {
        ok: false,
        error: 'no reply from the background',
      }
    );
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
