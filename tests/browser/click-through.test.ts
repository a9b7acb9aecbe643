// Clickjacking: the page lays an opaque "Continue" box over our button and lets the trainee's click fall through it
// (pointer-events: none). Our action buttons act only on a click that really reached them: shown uncovered for a
// moment, nothing of the page's above the point; otherwise nothing happens and the panel says why.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { describeInChromium } from '../support/browser-suite';
import { servePages } from '../support/serve';
import { ourUi, SEEN_MS, type OurUi } from '../support/our-ui';
import { WORKSPACE_FORM_URL, workspaceFormPages } from '../fixtures/workspace-form';
import { RW2_DIALOG_URL, rw2DialogPages } from '../fixtures/rw2-workspace-dialog';

const WAIT = { timeout: 10_000 };

/** The page's attack: an opaque box with its own "Continue", over our button, that lets clicks through. */
async function coverWithContinue(page: Page, ui: OurUi, selector: string): Promise<void> {
  const box = await ui.box(selector);
  await page.evaluate((box) => {
    const cover = document.createElement('div');
    cover.id = 'attack';
    cover.textContent = 'Continue';
    const { x, y, width, height } = box;
    cover.style.cssText = `position:fixed;left:${x - 20}px;top:${y - 10}px;width:${width + 40}px;height:${height + 20}px;
      background:#0a7;color:#fff;z-index:2147483647;pointer-events:none;display:grid;place-items:center`;
    document.body.append(cover);
  }, box);
}

/** The last name the trainee gave earlier, as the extension keeps it. */
const storeLastName = (browser: ExtensionBrowser, name: string) =>
  browser.worker.evaluate(
    (name) =>
      (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.storage.local.set({
        traineeLastName: name,
      }),
    name,
  );
const nameField = (page: Page) => page.locator('[role="dialog"] input[type="text"]').first().inputValue();
const legacyName = (page: Page) => page.locator('input[data-test-id="workspace-name"]').inputValue();

describeInChromium('a page that lays its own button over ours', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension(inject('legacyExtensionDir'));
    await servePages(browser.context, { ...workspaceFormPages({ aian: false }), ...rw2DialogPages({ aian: true }) });
  });
  afterAll(() => browser?.close());

  it('RW 2.0: a click through the box on "Put the name in" does nothing and says why; uncovered, mouse and keyboard act', async () => {
    const page = await browser.context.newPage();
    await page.goto(RW2_DIALOG_URL);
    await page.locator('#app button', { hasText: 'New workspace' }).click();
    const offer = ourUi(page, 'wbc-rw2-name');
    await expect.poll(() => offer.count('button[data-action="name"]'), WAIT).toBe(1);
    await offer.fill('input[name="wbc-last-name"]', 'Garcia');
    await coverWithContinue(page, offer, 'button[data-action="name"]');
    await page.waitForTimeout(SEEN_MS);
    await offer.click('button[data-action="name"]');
    await page.waitForTimeout(300);
    expect(await nameField(page)).toBe('');
    expect(await offer.attr('[data-wbc-refused]', 'data-wbc-refused')).toBe('covered');
    expect(await offer.text('[data-wbc-refused]')).toMatch(/^Nothing was done/);

    // Control: the box gone, the same click acts (and the note goes).
    await page.evaluate(() => document.getElementById('attack')!.remove());
    await offer.click('button[data-action="name"]');
    await expect.poll(() => nameField(page), WAIT).toBe('Garcia_training');
    expect(await offer.count('[data-wbc-refused]')).toBe(0);

    // Keyboard (no point: the button's own centre is checked), once clear and once covered.
    await page.locator('[role="dialog"] input[type="text"]').first().fill('');
    await offer.focus('button[data-action="name"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => nameField(page), WAIT).toBe('Garcia_training');
    await page.locator('[role="dialog"] input[type="text"]').first().fill('');
    await coverWithContinue(page, offer, 'button[data-action="name"]');
    await page.waitForTimeout(SEEN_MS);
    await offer.focus('button[data-action="name"]');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(await nameField(page)).toBe('');
    expect(await offer.attr('[data-wbc-refused]', 'data-wbc-refused')).toBe('covered');
    await page.close();
  });

  it('legacy form: a click through the box on Fill fills nothing and says why; uncovered, it fills', async () => {
    await storeLastName(browser, 'Garcia');
    const page = await browser.context.newPage();
    await page.goto(WORKSPACE_FORM_URL);
    const panel = ourUi(page, 'wbc-ws-prefill');
    await expect.poll(() => panel.disabled('button[data-action="fill"]'), WAIT).toBe(false);
    await coverWithContinue(page, panel, 'button[data-action="fill"]');
    await page.waitForTimeout(SEEN_MS);
    await panel.click('button[data-action="fill"]');
    await page.waitForTimeout(500);
    expect(await legacyName(page)).toBe('');
    expect(await panel.count('li[data-status]')).toBe(0);
    expect(await panel.attr('[data-wbc-refused]', 'data-wbc-refused')).toBe('covered');

    // Control: uncovered, the trainee's click fills the form.
    await page.evaluate(() => document.getElementById('attack')!.remove());
    await panel.click('button[data-action="fill"]');
    await expect.poll(() => legacyName(page), WAIT).toBe('Garcia_training');
    await page.close();
  });

  it('a click the moment the button appears does nothing and says so; a moment later the same click acts', async () => {
    await storeLastName(browser, 'Garcia');
    const page = await browser.context.newPage();
    await page.goto(RW2_DIALOG_URL);
    await page.locator('#app button', { hasText: 'New workspace' }).click();
    const offer = ourUi(page, 'wbc-rw2-name');
    await expect.poll(() => offer.count('button[data-action="name"]'), WAIT).toBe(1);
    await offer.click('button[data-action="name"]', { settle: false });
    await page.waitForTimeout(300);
    expect(await nameField(page)).toBe('');
    expect(await offer.attr('[data-wbc-refused]', 'data-wbc-refused')).toBe('too-soon');
    // Control: the same click a moment later.
    await offer.click('button[data-action="name"]');
    await expect.poll(() => nameField(page), WAIT).toBe('Garcia_training');
    await page.close();
  });
});
