import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { describeInChromium } from '../support/browser-suite';
import { servePages } from '../support/serve';
import { LEGACY_BUILD_URL, LEGACY_HOME_URL, legacySitePages } from '../fixtures/legacy-site';

// The content script starts at document_idle in a fresh browser: allow it more than expect.poll's default second.
const WAIT = { timeout: 10_000 };
const links = (page: Page, host: string) =>
  page.locator(`${host} a`).evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));

describeInChromium('the legacy Workbench points to Researcher Workbench 2.0 (default course)', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension(inject('extensionDir'));
    await servePages(browser.context, legacySitePages());
  });
  afterAll(() => browser?.close());

  it('the "Migration has ended." banner gets a tip with the link to RW 2.0; the redirect modal gets one when it opens', async () => {
    const page = await browser.context.newPage();
    await page.goto(LEGACY_HOME_URL);
    const banner = page.locator('wbc-ws-moved-banner [role="note"]');
    await expect.poll(() => banner.count(), WAIT).toBe(1);
    expect(await banner.textContent()).toMatch(/registration carries over[\s\S]*pod[\s\S]*initial credits/);
    expect(await links(page, 'wbc-ws-moved-banner')).toEqual(['https://workbench.verily.com']);
    expect(await page.locator('wbc-ws-moved-modal').count()).toBe(0);

    // "Create Workspace" opens the modal without a URL change.
    await page.locator('[data-fixture="create"]').click();
    const modalTip = page.locator(
      '[role="dialog"][aria-label="Create Workspace Redirect Modal"] wbc-ws-moved-modal [role="note"]',
    );
    await expect.poll(() => modalTip.count(), WAIT).toBe(1);
    expect(await links(page, 'wbc-ws-moved-modal')).toEqual(['https://workbench.verily.com']);
    expect(page.url()).toBe(LEGACY_HOME_URL);
    // Cancel closes it with our tip; the page's own buttons still work.
    await page.locator('[data-fixture="cancel"]').click();
    await expect.poll(() => page.locator('wbc-ws-moved-modal').count(), WAIT).toBe(0);
    await page.close();
  });

  for (const [how, delay] of [
    ['after our script started', 1500],
    ['before our script started', 0],
  ] as const) {
    it(`/workspaces/build sends the trainee home (${how}): the tip says why, and where to go`, async () => {
      const page = await browser.context.newPage();
      await page.goto(`${LEGACY_BUILD_URL}?delay=${delay}`);
      await expect.poll(() => page.url(), WAIT).toBe(LEGACY_HOME_URL);
      const tip = page.locator('wbc-ws-moved-redirect [role="note"]');
      await expect.poll(() => tip.count(), WAIT).toBe(1);
      expect(await tip.textContent()).toMatch(/opens only for a testing group/);
      expect(await links(page, 'wbc-ws-moved-redirect')).toEqual(['https://workbench.verily.com']);
      expect(await page.locator('wbc-ws-moved-banner').count()).toBe(0);
      await page.close();
    });
  }
});
