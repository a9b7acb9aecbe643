// A full disk in real Chromium: the extension's origin gets a 1-byte quota through the DevTools protocol, so every
// IndexedDB write of the service worker fails with QuotaExceededError, as on a disk with no room left.
import type { Page } from 'playwright-core';
import { afterAll, expect, inject, it } from 'vitest';
import { describeInChromium, WORKBENCH } from '../support/browser-suite';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { servePages, snapshotDocument } from '../support/serve';
import { describeWithSnapshots } from '../support/snapshots';

const DAR = `${WORKBENCH}/data-access-requirements`;

describeInChromium('progress on a full disk in Chromium', () => {
  describeWithSnapshots('with the DAR snapshot', () => {
    let browser: ExtensionBrowser | undefined;
    afterAll(() => browser?.close());

    it('what the page shows is not saved: the popup shows the error and the waiting steps, the page says "not saved yet"; saved once room returns', async () => {
      browser = await launchWithExtension(inject('extensionDir'));
      await servePages(browser.context, { [DAR]: () => snapshotDocument('dar-mixed-prod-flags.html') });
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await popup.getByTestId('fingerprint').waitFor();
      const stateOf = (step: string) => popup.locator(`[data-step="${step}"]`).getAttribute('data-state');
      // The database exists (the worker opened it at start); from now on the origin has no room for any write.
      const worker = browser.worker;
      await expect
        .poll(() => worker.evaluate(async () => (await indexedDB.databases()).map((db) => db.name)))
        .toContain('workbench-companion');
      const devtools = await browser.context.newCDPSession(popup);
      const origin = `chrome-extension://${browser.extensionId}`;
      await devtools.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });

      const page: Page = await browser.context.newPage();
      await page.goto(DAR);
      const note = page.locator('wbc-save-note [data-wbc-unsaved]');
      // Read without waiting, so today's build fails here (no note) instead of timing out.
      await expect
        .poll(() => note.allTextContents(), { timeout: 15_000 })
        .toContainEqual(expect.stringContaining('Progress not saved yet'));
      const unsaved = popup.getByTestId('unsaved');
      await expect
        .poll(() => unsaved.allTextContents(), { timeout: 15_000 })
        .toContainEqual(expect.stringContaining('no room left'));
      expect(await unsaved.getAttribute('role')).toBe('alert');
      await expect
        .poll(() =>
          popup
            .locator('[data-unsaved-step]')
            .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-unsaved-step'))),
        )
        .toEqual(expect.arrayContaining(['first-sign-in', 'two-factor']));
      expect(await popup.locator('[data-unsaved-step="two-factor"]').getAttribute('data-state')).toBe('done');
      // Still not in the store: the checklist says so, and the page's reports are not dropped after the old 30 s.
      expect(await stateOf('two-factor')).toBe('pending');
      await page.waitForTimeout(1000);
      expect(await note.count()).toBe(1);

      // Room again: the background's retry (or the page's next report) saves it, and both say so.
      await devtools.send('Storage.overrideQuotaForOrigin', { origin });
      await expect.poll(() => stateOf('two-factor'), { timeout: 30_000 }).toBe('done');
      await expect.poll(() => unsaved.count(), { timeout: 5_000 }).toBe(0);
      await expect.poll(() => note.count(), { timeout: 15_000 }).toBe(0);
      // In IndexedDB, not only in memory: a reopened popup that asks the background directly sees it.
      await popup.evaluate(() =>
        (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.storage.local.remove(
          'publishedSteps',
        ),
      );
      await popup.reload();
      await expect.poll(() => stateOf('two-factor')).toBe('done');
      expect(await stateOf('identity')).toBe('pending');
      await page.close();
    });
  });
});
