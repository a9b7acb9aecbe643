// The registration journey in real Chromium with the built extension: tips on the page, progress in
// the popup, the 403 recovery banner, and SPA navigation between wizard and data-access pages.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { describeInChromium, WORKBENCH } from '../support/browser-suite';
import { servePages, snapshotDocument } from '../support/serve';
import { describeWithSnapshots, readSnapshot } from '../support/snapshots';

const GOOGLE_403 = `<!DOCTYPE html><html lang=en><meta charset=utf-8><title>Error 403 (Forbidden)!!1</title>
<a href=//www.google.com/><span id=logo aria-label=Google></span></a>
<p><b>403.</b> <ins>That’s an error.</ins><p>We're sorry, but you do not have access to this page. <ins>That’s all we know.</ins>`;
const GOOGLE_PASSWORD = `<!doctype html><html lang="en"><head><title>Change password - Google Accounts</title></head><body><h1>Change password</h1><form><input type="password" name="Passwd"></form></body></html>`;

/** Replaces the page's content the way the SPA re-renders: same <body>, new children. */
async function swapBody(page: Page, snapshot: string): Promise<void> {
  await page.evaluate((html) => {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    document.body.replaceChildren(...parsed.body.childNodes);
  }, readSnapshot(snapshot));
}

describeInChromium('registration journey in Chromium', () => {
  describeWithSnapshots('with the Workbench snapshots', () => {
    let browser: ExtensionBrowser;

    beforeAll(async () => {
      browser = await launchWithExtension(inject('extensionDir'));
      await servePages(browser.context, {
        [`${WORKBENCH}/data-access-requirements`]: () =>
          snapshotDocument('dar-mixed-prod-flags.html', 'Data Access Requirements | All of Us Researcher Workbench'),
        [`${WORKBENCH}/login`]: () =>
          snapshotDocument('account-creation-institution.html', 'Sign In | All of Us Researcher Workbench'),
        'https://accounts.google.com/v3/signin/speedbump/changepassword/error': GOOGLE_403,
        'https://accounts.google.com/v3/signin/speedbump/changepassword': GOOGLE_PASSWORD,
      });
    });
    afterAll(() => browser?.close());

    it('DAR, mixed state: a tip on every module row and the page summary; the popup shows 2-Step Verification done, the rest pending', async () => {
      const page = await browser.context.newPage();
      await page.goto(`${WORKBENCH}/data-access-requirements`);
      for (const id of [
        'dar-two-factor-done',
        'dar-identity-pending',
        'dar-rt-training-pending',
        'dar-ct-training-pending',
        'dar-ducc-pending',
        'dar-summary',
      ]) {
        await expect.poll(() => page.locator(`[data-wbc-tip="${id}"]`).count(), { timeout: 10_000 }).toBe(1);
      }
      expect(await page.locator('[data-wbc-tip="dar-identity-pending"]').textContent()).toContain('ID.me');
      // Beside the row, not on top of it: the tip's box starts below the row's box.
      const row = await page.locator('[data-test-id="module-IDENTITY"]').boundingBox();
      const tip = await page.locator('wbc-tip-dar-identity').boundingBox();
      expect(tip!.y).toBeGreaterThanOrEqual(row!.y + row!.height - 1);

      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await expect
        .poll(() => popup.locator('[data-step="two-factor"]').getAttribute('data-state'), { timeout: 10_000 })
        .toBe('done');
      for (const step of ['identity', 'rt-training', 'ducc']) {
        expect(await popup.locator(`[data-step="${step}"]`).getAttribute('data-state'), step).toBe('pending');
      }
      // Optional Controlled Tier: the popup calls it "not needed" for a Registered Tier course; never done here.
      expect(['pending', 'not-needed']).toContain(
        await popup.locator('[data-step="ct-training"]').getAttribute('data-state'),
      );
      await page.close();
      await popup.close();
    });

    it("Google's 403 page after the password change: the banner, its Workbench link and the course's help links", async () => {
      const page = await browser.context.newPage();
      await page.goto('https://accounts.google.com/v3/signin/speedbump/changepassword/error');
      const banner = page.locator('wbc-google-403 .wbc-banner');
      await expect.poll(() => banner.count()).toBe(1);
      expect(await page.locator('wbc-google-403 a.wbc-button').getAttribute('href')).toBe(`${WORKBENCH}/`);
      const links = await page
        .locator('wbc-google-403 li a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual([
        'https://www.researchallofus.org/faq/what-if-i-have-trouble-signing-in-to-the-workbench',
        'https://support.researchallofus.org/hc/en-us/requests/new',
        'mailto:support@researchallofus.org',
      ]);
      expect(await banner.textContent()).toMatch(/password change worked/);
      await page.close();
    });

    it('an ordinary Google page (the password form itself) gets nothing', async () => {
      const page = await browser.context.newPage();
      await page.goto('https://accounts.google.com/v3/signin/speedbump/changepassword');
      await page.waitForLoadState('load');
      // The 403 test above proves the script acts within this time on a page it should change.
      await page.waitForTimeout(500);
      expect(await page.locator('wbc-google-403, [data-wbc]').count()).toBe(0);
      await page.close();
    });

    it('/login Step 1 shows the institution/DURA tip; after pushState to DAR the login tips go and DAR tips come', async () => {
      const page = await browser.context.newPage();
      await page.goto(`${WORKBENCH}/login`);
      const institutionTip = page.locator('[data-wbc-tip="reg-institution"]');
      await expect.poll(() => institutionTip.count(), { timeout: 10_000 }).toBe(1);
      expect(await institutionTip.textContent()).toMatch(/Data Use and Registration Agreement/);
      expect(await page.locator('[data-wbc^="wbc-tip-reg-"]').count()).toBe(3);

      // The SPA changes the URL first; its old DOM is still there for a moment.
      await page.evaluate(() => history.pushState({}, '', '/data-access-requirements'));
      await expect.poll(() => page.locator('[data-wbc^="wbc-tip-reg-"]').count(), { timeout: 5_000 }).toBe(0);
      expect(await page.locator('[data-test-id="sign-in-page"]').count()).toBe(1);

      await swapBody(page, 'dar-nothing-done.html');
      await expect
        .poll(() => page.locator('[data-wbc-tip="dar-two-factor-pending"]').count(), { timeout: 10_000 })
        .toBe(1);
      await expect.poll(() => page.locator('[data-wbc-tip="dar-summary"]').count()).toBe(1);
      expect(await page.locator('[data-wbc^="wbc-tip-reg-"]').count()).toBe(0);
      await page.close();
    });
  });
});
