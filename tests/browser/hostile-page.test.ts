// A hostile Workbench page: it replays WXT's content-script start message to switch us off, listens for our
// extension id, and clicks our controls from its own scripts.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { describeInChromium, WORKBENCH } from '../support/browser-suite';
import { servePages, snapshotDocument } from '../support/serve';
import { describeWithSnapshots, readSnapshot } from '../support/snapshots';

const WAIT = { timeout: 10_000 };
const DAR = `${WORKBENCH}/data-access-requirements`;

/** Swaps in another Workbench page the way the SPA does (pushState, same document). */
async function spaTo(page: Page, path: string, html: string): Promise<void> {
  await page.evaluate(
    ({ path, html }) => {
      history.pushState({}, '', path);
      document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
    },
    { path, html },
  );
}

describeInChromium('a hostile page', () => {
  describeWithSnapshots('with the Workbench snapshots', () => {
    let browser: ExtensionBrowser;
    const tipCount = (page: Page) => page.locator('[data-wbc^="wbc-tip-dar-"]').count();

    beforeAll(async () => {
      browser = await launchWithExtension(inject('extensionDir'));
      await servePages(browser.context, { [DAR]: () => snapshotDocument('dar-mixed-prod-flags.html') });
      // The page records every window message it receives, as a script listening for our id would.
      await browser.context.addInitScript(() => {
        const heard: string[] = [];
        (window as unknown as { __heard: string[] }).__heard = heard;
        addEventListener('message', (event) => heard.push(JSON.stringify(event.data)));
      });
    });
    afterAll(() => browser?.close());

    it("replaying WXT's start message neither removes the tips nor stops later pages; no message carries our id", async () => {
      const page = await browser.context.newPage();
      await page.goto(DAR);
      await expect.poll(() => tipCount(page), WAIT).toBeGreaterThan(2);
      const before = await tipCount(page);
      const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
      expect(heard.filter((message) => message.includes(browser.extensionId))).toEqual([]);

      // The id is public for a store extension, so the page is assumed to know it.
      const type = `${browser.extensionId}:workbench:wxt:content-script-started`;
      await page.evaluate((type) => {
        const detail = { contentScriptName: 'workbench', messageId: 'from-the-page' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.postMessage({ type, ...detail }, '*');
      }, type);
      await page.waitForTimeout(300);
      expect(await tipCount(page)).toBe(before);

      // Still running: the next page of the SPA gets its tips.
      await spaTo(page, '/login', readSnapshot('account-creation-institution.html'));
      await expect.poll(() => page.locator('[data-wbc-tip="reg-institution"]').count(), WAIT).toBe(1);
      await page.close();
    });

    it("a page script cannot use our controls: its click on a tip's Hide button does nothing, the trainee's does", async () => {
      const page = await browser.context.newPage();
      await page.goto(DAR);
      const identity = page.locator('[data-wbc-tip="dar-identity-pending"]');
      await expect.poll(() => identity.count(), WAIT).toBe(1);
      await page.evaluate(() => {
        const hide = document
          .querySelector('wbc-tip-dar-identity')!
          .shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label^="Hide"]')!;
        hide.click();
        hide.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      });
      await page.waitForTimeout(200);
      expect(await identity.getAttribute('data-dismissed')).toBeNull();
      // Control: the trainee's own click on the same button hides the tip.
      await page.locator('wbc-tip-dar-identity button[aria-label^="Hide"]').click();
      await expect.poll(() => page.locator('wbc-tip-dar-identity [data-dismissed="true"]').count(), WAIT).toBe(1);
      await page.close();
    });
  });
});
