// The popup fits Chrome's popup window (at most 600 px high): on a fresh profile, mid-journey and at the end, in
// English and Spanish, the course, the overall progress, the next step and the current part's steps show without
// scrolling; the other parts are one line each, and their disclosure buttons work from the keyboard. Axe stays at 0.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STEPS, type PartId, type StepId } from '../../domain/progress/steps';
import { describeInChromium } from '../support/browser-suite';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';

/** Chrome's largest popup; the popup is 520 px wide, so only the height is at stake. */
const POPUP = { width: 800, height: 600 };
const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const stepsOf = (part: PartId) => STEPS.filter((s) => s.part === part).map((s) => s.id);
// The default course: Registered Tier, nobody to share with.
const NOT_NEEDED: StepId[] = ['ct-training', 'workspace-shared'];
const EVERY_NEEDED_STEP = STEPS.map((s) => s.id).filter((id) => !NOT_NEEDED.includes(id));

for (const language of ['en', 'es'] as const) {
  const part1 = language === 'en' ? /^Part 1/ : /^Parte 1/;
  const part2 = language === 'en' ? /^Part 2/ : /^Parte 2/;
  const part3 = language === 'en' ? /^Part 3/ : /^Parte 3/;

  describeInChromium(`popup in a 600-pixel popup (${language})`, () => {
    let browser: ExtensionBrowser;
    let popup: Page;

    /** Replaces the stored progress with these steps done (an import, as an extension page may), then reopens. */
    const openWith = async (done: StepId[]) => {
      const events = done.map((step, i) => ({ step, state: 'done', source: 'import', at: 1_760_000_000_000 + i }));
      const reply = await popup.evaluate(
        (data) =>
          (
            globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean }> } } }
          ).chrome.runtime.sendMessage({ type: 'progress/import', data }),
        { format: 'workbench-companion-progress', version: 1, exportedAt: Date.now(), events },
      );
      expect(reply.ok).toBe(true);
      await popup.reload();
      await popup.getByTestId('fingerprint').waitFor();
    };
    const partButton = (name: RegExp) => popup.getByRole('button', { name });
    const rowsOf = (part: PartId) => popup.locator(`[data-part="${part}"] [data-step]`);
    /** How tall the popup's content is: what Chrome sizes the popup window to. */
    const contentHeight = () => popup.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    const onFirstScreen = async (locator: Locator) => {
      const box = await locator.boundingBox();
      // Half a pixel for sub-pixel layout.
      return box !== null && box.y >= -0.5 && box.y + box.height <= POPUP.height + 0.5;
    };
    /** The first screen: the course, the overall progress, the next step (or "all done") and the open part's rows. */
    const expectFirstScreen = async (current?: PartId) => {
      expect(await contentHeight()).toBeLessThanOrEqual(POPUP.height);
      expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(POPUP.height);
      expect(await onFirstScreen(popup.locator('h1'))).toBe(true);
      expect(await onFirstScreen(popup.getByTestId('overall-progress'))).toBe(true);
      expect(await onFirstScreen(popup.getByTestId(current ? 'next-step' : 'all-done'))).toBe(true);
      if (current) for (const row of await rowsOf(current).all()) expect(await onFirstScreen(row)).toBe(true);
      // Every tool is on the first screen as well, one click away.
      for (const tool of ['.answer-sheet-slot', '.hand-in', '.help', '[data-testid="reset"]'])
        expect(await onFirstScreen(popup.locator(tool).first()), tool).toBe(true);
    };
    const axeViolations = async () => {
      await popup.evaluate(AXE);
      return popup.evaluate(async () => {
        const axe = (
          globalThis as unknown as {
            axe: { run: (root: Document) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> };
          }
        ).axe;
        return (await axe.run(document)).violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
    };

    beforeAll(async () => {
      browser = await launchWithExtension(inject('extensionDir'), undefined, language);
      popup = await browser.context.newPage();
      await popup.setViewportSize(POPUP);
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await popup.getByTestId('fingerprint').waitFor();
    });
    afterAll(() => browser?.close());

    describe('fresh profile', () => {
      it('fits, with Part 1 open and Parts 2 and 3 one line each', async () => {
        await openWith([]);
        await expectFirstScreen('account');
        expect(await partButton(part1).getAttribute('aria-expanded')).toBe('true');
        for (const later of [part2, part3]) expect(await partButton(later).getAttribute('aria-expanded')).toBe('false');
        expect(await rowsOf('data-access').first().isVisible()).toBe(false);
        expect(await axeViolations()).toEqual([]);
      });
    });

    describe('mid-journey: Part 1 done, in Part 2', () => {
      beforeAll(() => openWith(stepsOf('account')));

      it('fits, with Part 1 folded into one done line and Part 2 open', async () => {
        await expectFirstScreen('data-access');
        const count = stepsOf('account').length;
        const done =
          language === 'en'
            ? `Part 1 · Account · ${count} of ${count} done ✓`
            : `Parte 1 · Cuenta · ${count} de ${count} hechos ✓`;
        expect(await partButton(part1).textContent()).toBe(done);
        expect(await partButton(part1).getAttribute('aria-expanded')).toBe('false');
        expect(await rowsOf('account').first().isVisible()).toBe(false);
        expect(await axeViolations()).toEqual([]);
      });

      it('a folded part opens and closes from the keyboard (Enter, Space), and Tab skips what is folded', async () => {
        await partButton(part3).focus();
        await popup.keyboard.press('Tab');
        // Part 3 is folded: its "Mark done" buttons are not in the tab order.
        expect(
          await popup.evaluate(() => document.activeElement?.closest('[data-part]')?.getAttribute('data-part')),
        ).not.toBe('workspace');
        await popup.keyboard.press('Shift+Tab');
        await popup.keyboard.press('Enter');
        expect(await partButton(part3).getAttribute('aria-expanded')).toBe('true');
        expect(await rowsOf('workspace').first().isVisible()).toBe(true);
        await popup.keyboard.press('Tab');
        expect(
          await popup.evaluate(() => document.activeElement?.closest('[data-part]')?.getAttribute('data-part')),
        ).toBe('workspace');
        await popup.keyboard.press('Shift+Tab');
        await popup.keyboard.press('Space');
        expect(await partButton(part3).getAttribute('aria-expanded')).toBe('false');
        expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
      });

      it('a tool opened at the bottom is brought into view (hand-in, the answer sheet)', async () => {
        const handIn = language === 'en' ? 'Hand in to your instructor' : 'Entregar a su instructor';
        await popup.getByRole('button', { name: handIn, exact: true }).click();
        // The whole section, from its button to the file input, scrolled into the 600 pixels.
        await expect.poll(() => onFirstScreen(popup.locator('.hand-in'))).toBe(true);
        await popup.getByRole('button', { name: handIn, exact: true }).click();
        // The answer sheet is taller than the popup: it comes to the top, its summary first.
        await popup.locator('.answer-sheet-slot summary').click();
        await expect
          .poll(async () => Math.round((await popup.locator('.answer-sheet-slot').boundingBox())?.y ?? -1))
          .toBe(0);
        await popup.locator('.answer-sheet-slot summary').click();
      });

      it('every tool opens in one click; axe finds nothing with all of them open', async () => {
        await popup.locator('.answer-sheet-slot summary').click();
        for (const name of language === 'en'
          ? ['Hand in to your instructor', 'Help & resources']
          : ['Entregar a su instructor', 'Ayuda y recursos'])
          await popup.getByRole('button', { name, exact: true }).click();
        await popup.getByTestId('reset').click();
        await expect.poll(() => popup.getByTestId('export-json').isVisible()).toBe(true);
        expect(await popup.getByTestId('help-suggested').isVisible()).toBe(true);
        expect(await popup.locator('[data-answer]').first().isVisible()).toBe(true);
        expect(await popup.getByTestId('reset-confirm').isVisible()).toBe(true);
        expect(await axeViolations()).toEqual([]);
        await popup.keyboard.press('Escape');
      });
    });

    describe('in Part 3: Parts 1 and 2 done', () => {
      it('fits, with Parts 1 and 2 one done line each and Part 3 open', async () => {
        await openWith([...stepsOf('account'), ...stepsOf('data-access').filter((id) => !NOT_NEEDED.includes(id))]);
        await expectFirstScreen('workspace');
        for (const part of [part1, part2]) expect(await partButton(part).textContent()).toMatch(/✓$/);
        expect(await partButton(part3).getAttribute('aria-expanded')).toBe('true');
        expect(await axeViolations()).toEqual([]);
      });
    });

    describe('at the end', () => {
      it('fits, every part one done line and "all done" showing', async () => {
        await openWith(EVERY_NEEDED_STEP);
        await expectFirstScreen();
        for (const part of [part1, part2, part3]) {
          expect(await partButton(part).getAttribute('aria-expanded')).toBe('false');
          expect(await partButton(part).textContent()).toMatch(/✓$/);
        }
        expect(await axeViolations()).toEqual([]);
      });
    });
  });
}
