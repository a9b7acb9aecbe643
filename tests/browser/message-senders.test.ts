// Who may ask the background, in real Chromium: the Workbench content script's own world can report progress
// but cannot read, erase, replace or tick it; the popup can (the control).
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeInChromium, WORKBENCH } from '../support/browser-suite';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { servePages, snapshotDocument } from '../support/serve';
import { describeWithSnapshots } from '../support/snapshots';

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string };
}

const DAR = `${WORKBENCH}/data-access-requirements`;
const send = (message: object) => `chrome.runtime.sendMessage(${JSON.stringify(message)})`;

describeInChromium('the background checks who is asking', () => {
  describeWithSnapshots('from a Workbench tab', () => {
    let browser: ExtensionBrowser;
    let page: Page;
    let popup: Page;
    let cdp: CDPSession;
    let world: ExecutionContext;
    /** Runs in the content script's isolated world, where chrome.runtime is ours. */
    const fromContentScript = async (expression: string) =>
      (
        (await cdp.send('Runtime.evaluate', {
          contextId: world.id,
          expression,
          awaitPromise: true,
          returnByValue: true,
        })) as { result: { value: unknown } }
      ).result.value;

    beforeAll(async () => {
      browser = await launchWithExtension(inject('extensionDir'));
      await servePages(browser.context, { [DAR]: () => snapshotDocument('dar-mixed-prod-flags.html') });
      page = await browser.context.newPage();
      cdp = await browser.context.newCDPSession(page);
      const contexts: ExecutionContext[] = [];
      cdp.on('Runtime.executionContextCreated', ({ context }: { context: ExecutionContext }) => contexts.push(context));
      await cdp.send('Runtime.enable');
      await page.goto(DAR);
      const ours = () =>
        contexts.find(
          (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${browser.extensionId}`,
        );
      for (let waited = 0; !ours() && waited < 10_000; waited += 100) await page.waitForTimeout(100);
      world = ours()!;
      expect(world).toBeDefined();
      popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await popup.getByTestId('fingerprint').waitFor();
    });
    afterAll(() => browser?.close());

    it('a report from the content script is accepted', async () => {
      const reply = await fromContentScript(
        send({
          type: 'progress/record',
          events: [{ step: 'ducc', state: 'done', source: '/data-access-requirements' }],
        }),
      );
      expect(reply).toMatchObject({ ok: true });
    });

    it.each([
      { type: 'progress/reset' },
      { type: 'progress/export' },
      { type: 'progress/get' },
      { type: 'progress/mark', step: 'workspace-created' },
      { type: 'progress/import', data: {} },
    ])('$type from the content script is refused', async (message) => {
      expect(await fromContentScript(send(message))).toEqual({
        ok: false,
        code: 'forbidden',
        error: `${message.type} is not accepted from this context`,
      });
    });

    it('the same export from the popup is answered, with the reported step still recorded (control)', async () => {
      const reply = (await popup.evaluate(send({ type: 'progress/export' }))) as {
        ok: boolean;
        value?: { events: Array<{ step: string }> };
      };
      expect(reply.ok).toBe(true);
      expect(reply.value!.events.some((event) => event.step === 'ducc')).toBe(true);
    });
  });
});
