// The background's request listener on the fake browser, as seen from one kind of sender.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerRequest, type AnswerDeps } from '@/background/answer-message';
import type { Sender } from '@/messaging/sender';

export const EXTENSION_ID = 'test-extension-id';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
export const POPUP_SENDER: Sender = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}popup.html` };
export const WORKBENCH_TAB_SENDER: Sender = {
  id: EXTENSION_ID,
  url: 'https://workbench.researchallofus.org/workspaces/build',
  tab: { id: 7 },
};

/** fakeBrowser gives listeners an empty sender: this one answers as if `sender` had asked. */
export function listenAsBackground(deps: Omit<AnswerDeps, 'extensionId' | 'extensionOrigin'>, sender: Sender): void {
  fakeBrowser.runtime.onMessage.addListener(
    (raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      const reply = answerRequest(raw, sender, {
        ...deps,
        extensionId: EXTENSION_ID,
        extensionOrigin: EXTENSION_ORIGIN,
      });
      if (!reply) return undefined;
      void reply.then(sendResponse);
      return true;
    },
  );
}
