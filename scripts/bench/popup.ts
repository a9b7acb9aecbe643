// Popup first render with a large stored log: time from navigation start to the popup's
// 'wbc-popup-rendered' mark (set once the first render with real data is on screen).
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/support/chromium';
import { median, percentile } from './stats';

const MARK = 'wbc-popup-rendered';

/** A valid export whose events spread over every Part 2 step, the shape real logs have. */
function syntheticExport(count: number) {
  const steps = ['two-factor', 'identity', 'rt-training', 'ct-training', 'ducc'];
  const events = Array.from({ length: count }, (_, i) => ({
    step: steps[i % steps.length],
    state: i % 3 ? 'pending' : 'done',
    source: '/data-access-requirements',
    at: 1_700_000_000_000 + i * 1000,
  }));
  return { format: 'workbench-companion-progress', version: 1, exportedAt: Date.now(), events };
}

// String bodies: evaluated in the page as they are (no bundler helpers needed).
const sendFromPage = (page: Page, message: unknown) =>
  page.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(message)})`) as Promise<{ ok: boolean; error?: string; value?: { eventCount?: number } }>;

async function measureOnce(browser: ExtensionBrowser, url: string): Promise<number> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url);
    // The mark is set in the same task that renders the fingerprint, so it exists once that is visible.
    await page.getByTestId('fingerprint').waitFor();
    const at = (await page.evaluate(`performance.getEntriesByName('${MARK}')[0]?.startTime ?? -1`)) as number;
    if (at < 0) throw new Error(`the popup set no '${MARK}' mark`);
    return at;
  } finally {
    await page.close();
  }
}

export async function popupFirstRender(browser: ExtensionBrowser, events: number, runs: number): Promise<{ median: number; p95: number; runs: number } | undefined> {
  const url = `chrome-extension://${browser.extensionId}/popup.html`;
  const seed = await browser.context.newPage();
  await seed.goto(url);
  const backup = await sendFromPage(seed, { type: 'progress/export' });
  const imported = await sendFromPage(seed, { type: 'progress/import', data: syntheticExport(events) });
  if (!imported.ok || imported.value?.eventCount !== events) throw new Error(`could not store ${events} events: ${imported.error ?? JSON.stringify(imported.value)}`);
  try {
    await measureOnce(browser, url); // warm-up: first open of the page and its scripts
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) samples.push(await measureOnce(browser, url));
    return { median: median(samples), p95: percentile(samples, 95), runs: samples.length };
  } finally {
    // Put back whatever was stored before the benchmark.
    if (backup.ok) await sendFromPage(seed, { type: 'progress/import', data: backup.value });
    await seed.close();
  }
}
