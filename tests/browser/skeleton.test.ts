import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { describeInChromium, WORKBENCH } from '../support/browser-suite';
import { servePages, snapshotDocument } from '../support/serve';
import { hasSnapshots, readSnapshot } from '../support/snapshots';

const GOOGLE_403 = `<!DOCTYPE html><html lang=en><meta charset=utf-8><title>Error 403 (Forbidden)!!1</title>
<a href=//www.google.com/><span id=logo aria-label=Google></span></a>
<p><b>403.</b> <ins>That’s an error.</ins><p>We're sorry, but you do not have access to this page. <ins>That’s all we know.</ins>`;
const GOOGLE_SIGN_IN = `<!doctype html><html><head><title>Sign in - Google Accounts</title></head><body><h1>Sign in</h1><form><input type="email" name="identifier"></form></body></html>`;

describeInChromium('built extension in Chromium', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension(inject('extensionDir'));
    await servePages(browser.context, {
      'https://accounts.google.com/v3/signin/challenge/pwd/error': GOOGLE_403,
      'https://accounts.google.com/v3/signin/identifier': GOOGLE_SIGN_IN,
      ...(hasSnapshots
        ? { [`${WORKBENCH}/data-access-requirements`]: () => snapshotDocument('dar-mixed-prod-flags.html') }
        : {}),
    });
  });
  afterAll(() => browser?.close());

  it('loads as an MV3 service worker with only the storage permission', async () => {
    const manifest = await browser.worker.evaluate(() =>
      (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.runtime.getManifest(),
    );
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage']);
  });

  it("shows the recovery banner on Google's 403 page, linking back to the Workbench", async () => {
    const page = await browser.context.newPage();
    await page.goto('https://accounts.google.com/v3/signin/challenge/pwd/error');
    const banner = page.locator('wbc-google-403 .wbc-banner');
    await expect.poll(() => banner.count()).toBe(1);
    await expect.poll(() => page.locator('wbc-google-403 a.wbc-button').getAttribute('href')).toBe(`${WORKBENCH}/`);
    expect(await banner.textContent()).toContain('password change worked');
    await page.close();
  });

  it('shows nothing on an ordinary Google sign-in page', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://accounts.google.com/v3/signin/identifier');
    await page.waitForLoadState('load');
    // Give a content script time to act if it (wrongly) were going to.
    await page.waitForTimeout(300);
    expect(await page.locator('wbc-google-403').count()).toBe(0);
    expect(await page.locator('[data-wbc]').count()).toBe(0);
    await page.close();
  });

  it.runIf(hasSnapshots)(
    'mounts tips in open shadow roots on the DAR snapshot; a pushState to the legacy workspace form swaps them for its tips (the prefill panel only in a legacy course build)',
    async () => {
      const page = await browser.context.newPage();
      await page.goto(`${WORKBENCH}/data-access-requirements`);
      const darTips = page.locator('[data-wbc^="wbc-tip-dar-"]');
      await expect.poll(() => darTips.count(), { timeout: 10_000 }).toBeGreaterThan(0);
      // Tips show course texts only: open shadow roots, the page (and Playwright) can see inside them.
      expect(
        await page.evaluate(() =>
          [...document.querySelectorAll('[data-wbc]')].every((host) => host.shadowRoot?.mode === 'open'),
        ),
      ).toBe(true);

      const workspaceForm = readSnapshot('workspace-edit-create-initial.html');
      await page.evaluate((html) => {
        // As the SPA does: change the URL, then render the new page in place.
        history.pushState({}, '', '/workspaces/build');
        const next = new DOMParser().parseFromString(html, 'text/html').body;
        document.body.replaceWith(document.importNode(next, true));
      }, workspaceForm);
      await expect.poll(() => page.locator('[data-wbc="wbc-ws-name"]').count(), { timeout: 10_000 }).toBe(1);
      expect(await darTips.count()).toBe(0);
      // A default (rw2) course's build does not carry the legacy form's prefill (workspace-prefill.test.ts covers it).
      expect(await page.locator('wbc-ws-prefill').count()).toBe(0);
      await page.close();
    },
  );

  it.runIf(hasSnapshots)(
    'content script → background → IndexedDB → popup: DAR progress shows in the popup',
    async () => {
      const page = await browser.context.newPage();
      await page.goto(`${WORKBENCH}/data-access-requirements`);
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await expect
        .poll(() => popup.locator('[data-step="two-factor"]').getAttribute('data-state'), { timeout: 10_000 })
        .toBe('done');
      expect(await popup.locator('[data-step="identity"]').getAttribute('data-state')).toBe('pending');
      await page.close();
      await popup.close();
    },
  );
});
