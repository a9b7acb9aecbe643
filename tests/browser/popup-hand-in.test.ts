// Hand-in in real Chromium: the downloaded JSON restores progress elsewhere, a bad file changes nothing,
// the text summary can be copied, and a 10,000-event log is accepted and still opens.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeInChromium } from '../support/browser-suite';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';

type Reply = { ok: boolean; error?: string; value?: { eventCount?: number } };

describeInChromium('popup hand-in in Chromium', () => {
  let browser: ExtensionBrowser;
  let popup: Page;
  const stateOf = (step: string) => popup.locator(`[data-step="${step}"]`).getAttribute('data-state');
  /** What a content script does: a message the background validates and stores. */
  const send = (message: unknown) =>
    popup.evaluate(
      (m) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<Reply> } } }
        ).chrome.runtime.sendMessage(m),
      message,
    );
  const reopen = async () => {
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByTestId('fingerprint').waitFor();
  };
  /** Hand-in is one line at the bottom of the popup until opened. */
  const openHandIn = () => popup.getByRole('button', { name: 'Hand in to your instructor' }).click();

  beforeAll(async () => {
    browser = await launchWithExtension(inject('extensionDir'));
    popup = await browser.context.newPage();
    await reopen();
  });
  afterAll(() => browser?.close());

  it('export → reset → import of the downloaded file restores the same progress', async () => {
    await send({
      type: 'progress/record',
      events: [{ step: 'two-factor', state: 'done', source: '/data-access-requirements', shownDate: 'Nov 18, 2026' }],
    });
    // A fresh profile opens at Part 1: Part 3 is one line until opened.
    await popup.getByRole('button', { name: /^Part 3/ }).click();
    await popup.getByRole('button', { name: 'Mark done: Training workspace created' }).click();
    await expect.poll(() => stateOf('workspace-created')).toBe('done');
    expect(await stateOf('two-factor')).toBe('done');

    await openHandIn();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-json').click()]);
    expect(download.suggestedFilename()).toMatch(/^workbench-progress-default-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(browser.userDataDir, 'export.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'workbench-companion-progress', version: 1, course: { slug: 'default' } });
    expect(exported.events).toHaveLength(2);

    await popup.getByTestId('reset').click();
    await popup.getByTestId('reset-yes').click();
    await expect.poll(() => stateOf('two-factor')).toBe('pending');
    // Let the undo offer lapse by reopening: only the file can bring it back now.
    await reopen();
    expect(await popup.getByTestId('undo').count()).toBe(0);

    await openHandIn();
    await popup.getByTestId('import-file').setInputFiles(file);
    await expect.poll(() => stateOf('two-factor')).toBe('done');
    expect(await stateOf('workspace-created')).toBe('done');
    expect(await popup.locator('[data-step="two-factor"]').textContent()).toContain('Nov 18, 2026');
  });

  it('a file that is not an export shows a clear error and changes nothing', async () => {
    const file = join(browser.userDataDir, 'notes.json');
    writeFileSync(file, JSON.stringify({ notes: 'my own file' }));
    await popup.getByTestId('import-file').setInputFiles(file);
    await expect
      .poll(() => popup.getByRole('alert').textContent())
      .toContain('is not a Workbench Companion progress file');
    expect(await popup.getByRole('alert').textContent()).toContain('Nothing was changed');
    expect(await stateOf('two-factor')).toBe('done');
  });

  it('copies a text summary (or shows it to copy by hand)', async () => {
    // Reading the clipboard back needs a permission the extension does not have: note what is written instead.
    await browser.context.addInitScript(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      clipboard.writeText = (text: string) =>
        write(text).then(() => {
          (globalThis as unknown as { copied: string }).copied = text;
        });
    });
    await reopen();
    await openHandIn();
    await popup.getByTestId('copy-summary').click();
    await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/Summary copied|copy it yourself/);
    const text = (await popup.getByTestId('summary-text').count())
      ? await popup.getByTestId('summary-text').inputValue()
      : await popup.evaluate(() => (globalThis as unknown as { copied: string }).copied);
    expect(text).toMatch(
      /^Trainee's progress in All of Us Researcher Workbench orientation: 2 of 11 steps done; still to do: /,
    );
  });

  it('accepts a 10,000-event log and opens with it (first render marked once)', async () => {
    const events = Array.from({ length: 10_000 }, (_, i) => ({
      step: i % 2 ? 'identity' : 'rt-training',
      state: i % 3 ? 'pending' : 'done',
      source: '/data-access-requirements',
      at: 1_700_000_000_000 + i,
    }));
    const reply = await send({
      type: 'progress/import',
      data: { format: 'workbench-companion-progress', version: 1, exportedAt: Date.now(), events },
    });
    expect(reply).toMatchObject({ ok: true, value: { eventCount: 10_000 } });
    await reopen();
    expect(await popup.evaluate(() => performance.getEntriesByName('wbc-popup-rendered').length)).toBe(1);
    // The last events: 9998 → rt-training pending (9998 % 3 ≠ 0), 9999 → identity done (9999 % 3 = 0).
    expect(await stateOf('identity')).toBe('done');
    expect(await stateOf('rt-training')).toBe('pending');
  });
});
