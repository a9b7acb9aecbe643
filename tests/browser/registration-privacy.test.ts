// The extension never reads what a trainee types on the /login wizard or the DUCC pages, nor listens to it.
// Content scripts live in an isolated world with their own prototypes, so the `value` getters and
// addEventListener are wrapped inside *that* world (found through the DevTools protocol), then the page changes step.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { describeInChromium, WORKBENCH } from '../support/browser-suite';
import { servePages, snapshotDocument } from '../support/serve';
import { describeWithSnapshots, readSnapshot } from '../support/snapshots';
import { showStep } from '../support/show-step';

interface ExecutionContext {
  id: number;
  name: string;
  origin: string;
  auxData?: { type?: string };
}

const COUNT_VALUE_READS = `(() => {
  globalThis.__wbcValueReads = 0;
  for (const Control of [HTMLInputElement, HTMLTextAreaElement, HTMLSelectElement]) {
    const original = Object.getOwnPropertyDescriptor(Control.prototype, 'value');
    Object.defineProperty(Control.prototype, 'value', { ...original, get() { globalThis.__wbcValueReads++; return original.get.call(this); } });
  }
  // Keystroke and input listeners on anything of the page's (window, document, a field, a form): a keylogger.
  globalThis.__wbcKeyListeners = [];
  const KEY_EVENTS = new Set(['input', 'beforeinput', 'change', 'keydown', 'keyup', 'keypress', 'paste', 'compositionend']);
  const isPages = (target) =>
    target === window || target === document ||
    (target instanceof Node && !(target instanceof ShadowRoot) && target.getRootNode() === document && !(target instanceof Element && target.hasAttribute('data-wbc')));
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, ...rest) {
    if (KEY_EVENTS.has(String(type).toLowerCase()) && isPages(this)) {
      globalThis.__wbcKeyListeners.push(String(type) + ' on ' + (this.nodeName ?? 'window') + (this.id ? '#' + this.id : ''));
    }
    return add.call(this, type, ...rest);
  };
  return 'installed';
})()`;

describeInChromium('typed values stay unread (instrumented inside the content script world)', () => {
  describeWithSnapshots('with the Workbench snapshots', () => {
    let browser: ExtensionBrowser;
    let page: Page;
    let cdp: CDPSession;
    let world: ExecutionContext;
    const evaluate = async (expression: string) =>
      (
        (await cdp.send('Runtime.evaluate', { contextId: world.id, expression, returnByValue: true })) as {
          result: { value: unknown };
        }
      ).result.value;
    const tip = (id: string) => page.locator(`[data-wbc-tip="${id}"]`).waitFor({ state: 'attached', timeout: 10_000 });

    beforeAll(async () => {
      browser = await launchWithExtension(inject('extensionDir'));
      await servePages(browser.context, {
        [`${WORKBENCH}/login`]: () => snapshotDocument('account-creation-institution.html'),
      });
      page = await browser.context.newPage();
      cdp = await browser.context.newCDPSession(page);
      const contexts: ExecutionContext[] = [];
      cdp.on('Runtime.executionContextCreated', ({ context }: { context: ExecutionContext }) => contexts.push(context));
      await cdp.send('Runtime.enable');
      await page.goto(`${WORKBENCH}/login`);
      await tip('reg-institution');
      const ours = contexts.filter(
        (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${browser.extensionId}`,
      );
      expect(ours).toHaveLength(1);
      world = ours[0]!;
      expect(await evaluate(COUNT_VALUE_READS)).toBe('installed');
    });
    afterAll(() => browser?.close());

    it('0 reads while the features re-run on Step 2, the success page, Step 1 again and both DUCC pages', async () => {
      await page.fill('#contact-email', 'ada@example.edu');
      await showStep(page, readSnapshot('account-creation-details.html'), { typed: true });
      await tip('reg-details-username');
      await showStep(page, readFileSync('tests/fixtures/account-creation-success.html', 'utf8'), { typed: true });
      await tip('reg-success');
      await showStep(page, readSnapshot('account-creation-institution-filled.html'), { typed: true });
      await tip('reg-institution-email');
      await showStep(page, readSnapshot('ducc-content.html'), { path: '/data-code-of-conduct', typed: true });
      await tip('ducc-content');
      await showStep(page, readSnapshot('ducc-signature-initialed.html'), { typed: true });
      await tip('ducc-signature');
      expect(await page.locator('[data-wbc-tip^="reg-"]').count()).toBe(0);
      expect(await evaluate('globalThis.__wbcValueReads')).toBe(0);
      expect(await evaluate('globalThis.__wbcKeyListeners')).toEqual([]);
    });

    it('control: an input listener on an identity field, or a keydown listener on the document, from that world is counted', async () => {
      await evaluate(
        `document.querySelector('input[data-test-id="ducc-initials-input"]').addEventListener('input', () => undefined)`,
      );
      await evaluate(`document.addEventListener('keydown', () => undefined, true)`);
      expect(await evaluate('globalThis.__wbcKeyListeners')).toEqual(['input on INPUT', 'keydown on #document']);
    });

    it('control: a read in that world is counted, and it sees the typed text', async () => {
      const before = (await evaluate('globalThis.__wbcValueReads')) as number;
      expect(await evaluate(`document.querySelector('input[data-test-id="ducc-initials-input"]').value`)).toBe('AL');
      expect(await evaluate('globalThis.__wbcValueReads')).toBe(before + 1);
    });
  });
});
