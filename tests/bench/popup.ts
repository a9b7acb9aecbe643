// Popup first render (its own performance mark) with a store holding N events.
import type { ExtensionBrowser } from '../support/chromium';
import { median, percentile } from './stats';

const STEPS = ['two-factor', 'identity', 'rt-training', 'ct-training', 'ducc', 'workspace-created'];

export async function popupFirstRender(browser: ExtensionBrowser, events: number, runs: number) {
  const url = `chrome-extension://${browser.extensionId}/popup.html`;
  const page = await browser.context.newPage();
  await page.goto(url);
  const start = Date.now() - events * 1000;
  const log = Array.from({ length: events }, (_, i) => ({
    step: STEPS[i % STEPS.length],
    state: i % 2 ? 'done' : 'pending',
    source: '/data-access-requirements',
    at: start + i * 1000,
  }));
  const reply = await page.evaluate(
    (data) =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; error?: string }> } };
        }
      ).chrome.runtime.sendMessage({ type: 'progress/import', data }),
    { format: 'workbench-companion-progress', version: 1, exportedAt: Date.now(), events: log },
  );
  if (!reply?.ok) throw new Error(`could not seed ${events} events: ${reply?.error}`);
  const fromNavigation: number[] = [];
  const fromScript: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('wbc-popup-rendered').length > 0);
    const [started, rendered] = await page.evaluate(() =>
      ['wbc-popup-start', 'wbc-popup-rendered'].map((name) => performance.getEntriesByName(name)[0]!.startTime),
    );
    fromNavigation.push(rendered!);
    fromScript.push(rendered! - started!);
  }
  await page.close();
  return {
    median: median(fromNavigation),
    p95: percentile(fromNavigation, 95),
    runs: fromNavigation.length,
    scriptMedian: median(fromScript),
  };
}
