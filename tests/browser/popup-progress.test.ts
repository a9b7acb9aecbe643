// The popup in real Chromium with the built extension: content script → background → IndexedDB → popup,
// across a full browser restart, with ticking by hand, "next step", reset + undo, and an axe check.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeInChromium, WORKBENCH } from '../support/browser-suite';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { servePages, snapshotDocument } from '../support/serve';
import { describeWithSnapshots } from '../support/snapshots';

const DAR = `${WORKBENCH}/data-access-requirements`;
const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

describeInChromium('popup progress in Chromium', () => {
  describeWithSnapshots('with the DAR snapshot', () => {
    let browser: ExtensionBrowser;
    let popup: Page;
    const extensionDir = inject('extensionDir');
    const stateOf = (step: string) => popup.locator(`[data-step="${step}"]`).getAttribute('data-state');

    const start = async (userDataDir?: string) => {
      browser = await launchWithExtension(extensionDir, userDataDir);
      await servePages(browser.context, { [DAR]: () => snapshotDocument('dar-mixed-prod-flags.html') });
      popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await popup.getByTestId('fingerprint').waitFor();
    };

    beforeAll(() => start());
    afterAll(() => browser?.close());

    it('shows what the content script reports on a DAR page, live while the popup is open', async () => {
      expect(await stateOf('two-factor')).toBe('pending');
      const page = await browser.context.newPage();
      await page.goto(DAR);
      await expect.poll(() => stateOf('two-factor'), { timeout: 10_000 }).toBe('done');
      expect(await stateOf('first-sign-in')).toBe('done');
      expect(await stateOf('identity')).toBe('pending');
      expect(await stateOf('rt-training')).toBe('pending');
      // The default course is Registered Tier: no Controlled Tier training.
      expect(await stateOf('ct-training')).toBe('not-needed');
      // 5 of the 11 steps it needs (Part 3 on Researcher Workbench 2.0 includes adding the data collection).
      expect(await popup.getByTestId('overall-progress').getAttribute('value')).toBe(
        String(Math.round((5 / 11) * 100)),
      );
      await page.close();
    });

    it('names the course, the instructor and the build fingerprint', async () => {
      expect(await popup.locator('h1').textContent()).toBe('All of Us Researcher Workbench orientation');
      expect(await popup.locator('header').textContent()).toContain('support@researchallofus.org');
      expect(await popup.getByTestId('fingerprint').textContent()).toMatch(/^[0-9a-f]{10}$/);
    });

    it('has no axe violations (as opened, and with more resources and the reset question showing)', async () => {
      // Extension pages forbid inline scripts (CSP); evaluating through the debugger protocol is not one.
      await popup.evaluate(AXE);
      const runAxe = () =>
        popup.evaluate(async () => {
          const axe = (
            globalThis as unknown as {
              axe: { run: (root: Document) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> };
            }
          ).axe;
          return (await axe.run(document)).violations.map((v) => `${v.id} (${v.nodes.length})`);
        });
      expect(await runAxe()).toEqual([]);
      await popup.getByRole('button', { name: 'Help & resources' }).click();
      await popup.locator('.help details summary').click();
      await popup.getByTestId('reset').click();
      await popup.getByTestId('reset-confirm').waitFor();
      expect(await runAxe()).toEqual([]);
      await popup.getByRole('button', { name: 'Cancel' }).click();
    });

    it('keeps progress across a full browser restart with the same profile', async () => {
      const profile = browser.userDataDir;
      await browser.close({ keepProfile: true });
      await start(profile);
      expect(await stateOf('two-factor')).toBe('done');
      expect(await stateOf('account-details')).toBe('done');
      expect(await stateOf('identity')).toBe('pending');
    });

    it('"next step" opens the Workbench page of the first open step', async () => {
      await expect.poll(() => popup.getByTestId('next-step').textContent()).toContain('Identity verification');
      const [opened] = await Promise.all([
        browser.context.waitForEvent('page'),
        popup.getByTestId('next-step').click(),
      ]);
      await opened.waitForURL(DAR);
      await opened.close();
    });

    it('ticks a step by hand (kept after reopening) and takes the tick back', async () => {
      // The trainee is in Part 2: Part 3 is one line until opened.
      const openPart3 = () => popup.getByRole('button', { name: /^Part 3/ }).click();
      await openPart3();
      await popup.getByRole('button', { name: 'Mark done: Training workspace created' }).click();
      await expect.poll(() => stateOf('workspace-created')).toBe('done');
      await popup.reload();
      await popup.getByTestId('fingerprint').waitFor();
      expect(await stateOf('workspace-created')).toBe('done');
      expect(await popup.locator('[data-step="workspace-created"]').textContent()).toContain('Marked done by you');
      await openPart3();
      await popup.getByRole('button', { name: 'Undo my tick: Training workspace created' }).click();
      await expect.poll(() => stateOf('workspace-created')).toBe('pending');
    });

    it('resets only after confirming, and "undo" brings everything back', async () => {
      await popup.getByTestId('reset').click();
      await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
      await popup.keyboard.press('Escape');
      expect(await popup.getByTestId('reset-confirm').count()).toBe(0);
      expect(await stateOf('two-factor')).toBe('done');

      await popup.getByTestId('reset').click();
      await popup.getByTestId('reset-yes').click();
      await expect.poll(() => stateOf('two-factor')).toBe('pending');
      expect(await popup.getByRole('status').textContent()).toContain('Progress erased.');
      await popup.getByTestId('undo').click();
      await expect.poll(() => stateOf('two-factor')).toBe('done');
      expect(await stateOf('first-sign-in')).toBe('done');
    });
  });
});
