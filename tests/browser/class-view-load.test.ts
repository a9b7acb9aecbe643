// The class view under load in real Chromium: zips that together unpack far past one pick's bound (each within its own
// limits), and a pick of thousands of files, with its progress line and Cancel.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeInChromium } from '../support/browser-suite';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { generatedClass, handInFile } from '../support/class-files';
import { extensionRendererPeakMb, sampleHeap } from '../support/page-memory';
import { buildZip } from '../support/zip-builder';
import { PICK_LIMITS } from '../../domain/class/pick-budget';

const ZIPS = 4;
const ENTRIES = 190;
/** Just under 1 MB: an entry that small is not checked for its ratio, and 190 of them stay within a zip's 200 MB. */
const ENTRY_BYTES = 1_000_000;
const MANY = 5_000;
const LONG_TASK_LIMIT_MS = 200;
const MEMORY_LIMIT_MB = 600;

describeInChromium('class view under load', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let dir: string;
  let stamp: { slug: string; name: string; fingerprint: string };
  const url = () => `chrome-extension://${browser.extensionId}/class.html`;
  const traineeCount = () => page.getByTestId('summary-trainees').textContent();

  beforeAll(async () => {
    browser = await launchWithExtension(inject('extensionDir'));
    const manifest = await browser.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { getManifest: () => { version_name?: string } } } }
      ).chrome.runtime.getManifest(),
    );
    stamp = { slug: 'default', name: 'x', fingerprint: /([0-9a-f]{10})\)$/.exec(manifest.version_name ?? '')![1]! };
    dir = join(browser.userDataDir, 'load');
    mkdirSync(dir, { recursive: true });
    page = await browser.context.newPage();
  });
  afterAll(() => browser?.close());

  it(`reads ${ZIPS} zips of one pick (${(ZIPS * ENTRIES * ENTRY_BYTES) / 1e6} MB unpacked) within one bound, lists the rest apart, and answers input throughout`, {
    timeout: 180_000,
  }, async () => {
    // Each entry a real hand-in file padded with spaces (JSON allows them): it compresses about 1,000 to 1.
    const zips = Array.from({ length: ZIPS }, (_, z) => {
      const path = join(dir, `week${z + 1}.zip`);
      const entries = Array.from({ length: ENTRIES }, (_, i) => {
        const data = JSON.stringify(
          handInFile({ name: `Trainee ${z}-${i}`, done: i % 11, course: stamp, namespace: `aou-rw-${z}-${i}` }),
        );
        return { name: `t${i}.json`, data: data + ' '.repeat(ENTRY_BYTES - Buffer.byteLength(data)) };
      });
      writeFileSync(path, buildZip(entries));
      return path;
    });
    await page.goto(url());
    await page.getByTestId('class-files').waitFor();
    // The observer this check relies on (Chromium reports every task over 50 ms).
    expect(await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('longtask'))).toBe(true);
    await page.evaluate(() => {
      const tasks: Array<[number, number]> = [];
      (window as unknown as { longTasks: Array<[number, number]> }).longTasks = tasks;
      new PerformanceObserver((list) =>
        tasks.push(...list.getEntries().map((entry): [number, number] => [entry.startTime, entry.duration])),
      ).observe({ type: 'longtask' });
    });
    const heap = await sampleHeap(browser.context, page);
    const started = Date.now();
    await page.getByTestId('class-files').setInputFiles(zips);

    const fits = Math.floor(PICK_LIMITS.maxBytes / ENTRY_BYTES);
    await expect.poll(traineeCount, { timeout: 120_000 }).toBe(String(fits));
    const seconds = (Date.now() - started) / 1000;
    const heapPeakMb = await heap.stop();
    const { tasks, marks, reading } = await page.evaluate(() => ({
      tasks: (window as unknown as { longTasks: Array<[number, number]> }).longTasks,
      marks: performance
        .getEntriesByType('mark')
        .map((mark) => `${mark.name.replace('wbc-class-', '')} ${mark.startTime.toFixed(0)}`),
      reading: ['wbc-class-picked', 'wbc-class-read'].map((name) => performance.getEntriesByName(name)[0]!.startTime),
    }));
    const longTasks = tasks.map(([, duration]) => duration);
    // While the files are read and unpacked (the page's table is then built and painted once, as for any pick).
    const whileReading = tasks
      .filter(([start]) => start >= reading[0]! && start < reading[1]!)
      .map(([, duration]) => duration);
    const rendererPeakMb = extensionRendererPeakMb();
    console.log(
      `${ZIPS} zips: ${seconds.toFixed(1)} s, heap peak ${heapPeakMb.toFixed(0)} MB, renderer peak ${rendererPeakMb?.toFixed(0)} MB, longest task ${Math.max(0, ...longTasks).toFixed(0)} ms (${longTasks.length} over 50 ms)`,
    );
    const timeline = `long tasks ${tasks.map(([start, duration]) => `${start.toFixed(0)}+${duration.toFixed(0)}`).join(', ')}; marks ${marks.join(', ')}`;

    // The first zip up to the bound; its other entries and the zips after it listed apart, with the reason.
    const apart = await page.locator('[data-testid="apart-rejected"] li').allTextContents();
    expect(apart).toHaveLength(ENTRIES - fits + ZIPS - 1);
    expect(apart[0]).toBe(
      `week1.zip › t${fits}.json — Not read: one pick reads at most 10,000 files and 100 MB unpacked in all, zips included. Add the rest in another pick.`,
    );
    expect(apart.slice(-(ZIPS - 1)).map((line) => line.split(' — ')[0])).toEqual([
      'week2.zip',
      'week3.zip',
      'week4.zip',
    ]);
    expect(Math.max(0, ...whileReading), timeline).toBeLessThan(LONG_TASK_LIMIT_MS);
    expect(heapPeakMb).toBeLessThan(MEMORY_LIMIT_MB);
    if (rendererPeakMb !== undefined) expect(rendererPeakMb).toBeLessThan(MEMORY_LIMIT_MB);
  });

  it(`shows "Reading … of ${MANY.toLocaleString('en')} files…" on a large pick, politely announced, and Cancel keeps the rows read so far`, {
    timeout: 120_000,
  }, async () => {
    const paths = generatedClass(MANY, stamp).map(({ name, data }) => {
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify(data));
      return path;
    });
    await page.goto(url());
    // A slower computer (a quarter of this one's speed): the pick then surely takes longer than half a second.
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.getByTestId('class-files').setInputFiles(paths);
    const progress = page.getByTestId('class-progress');
    expect(await progress.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => progress.textContent(), { timeout: 30_000 }).toMatch(/^Reading [\d,]+ of 5,000 files…$/);
    // By keyboard: the Cancel button is in the tab order.
    await page.getByTestId('class-cancel').focus();
    await page.keyboard.press('Enter');

    await expect
      .poll(() => page.getByTestId('class-status').textContent(), { timeout: 30_000 })
      .toMatch(/^Reading cancelled: \d+ trainees in the table/);
    const kept = Number(await traineeCount());
    const notRead = await page
      .locator('[data-testid="apart-rejected"] li', { hasText: 'Not read: reading was cancelled.' })
      .count();
    console.log(`${MANY} files: cancelled with ${kept} read, ${notRead} not read`);
    expect(kept).toBeGreaterThan(0);
    expect(notRead).toBeGreaterThan(0);
    expect(kept + notRead).toBe(MANY);
    expect(await progress.textContent()).toBe('');
    expect(await page.getByTestId('class-cancel').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('class-status');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  });
});
