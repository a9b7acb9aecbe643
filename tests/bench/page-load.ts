// Page load with and without the extension, alternating in one run, plus long tasks on each side.
import type { BrowserContext } from 'playwright-core';
import { median } from './stats';

interface LoadSample {
  settledMs: number;
  longTasks: number;
}

async function loadOnce(context: BrowserContext, url: string): Promise<LoadSample> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number };
    w.__longTasks = 0;
    new PerformanceObserver((list) => {
      w.__longTasks += list.getEntries().filter((entry) => entry.duration > 50).length;
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  const sample = await page.evaluate(
    () =>
      new Promise<LoadSample>((resolve) => {
        const done = () =>
          // "Settled": the first idle moment after load, when content scripts (document_idle) have run.
          requestIdleCallback(
            () =>
              resolve({
                settledMs: performance.now(),
                longTasks: (window as unknown as { __longTasks: number }).__longTasks,
              }),
            { timeout: 2000 },
          );
        if (document.readyState === 'complete') setTimeout(done, 0);
        else addEventListener('load', () => setTimeout(done, 0), { once: true });
      }),
  );
  await page.close();
  return sample;
}

export async function pageLoadRatio(withExtension: BrowserContext, without: BrowserContext, url: string, runs: number) {
  const on: LoadSample[] = [];
  const off: LoadSample[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first so drift and warm caches hit both sides alike.
    if (i % 2) {
      off.push(await loadOnce(without, url));
      on.push(await loadOnce(withExtension, url));
    } else {
      on.push(await loadOnce(withExtension, url));
      off.push(await loadOnce(without, url));
    }
  }
  const withMs = median(on.map((s) => s.settledMs));
  const withoutMs = median(off.map((s) => s.settledMs));
  // One ratio per alternating pair: their spread shows how much is noise.
  const ratios = on.map((s, i) => s.settledMs / off[i]!.settledMs);
  const longTasksWith = on.reduce((sum, s) => sum + s.longTasks, 0);
  const longTasksWithout = off.reduce((sum, s) => sum + s.longTasks, 0);
  return {
    withMs,
    withoutMs,
    ratio: withMs / withoutMs,
    min: Math.min(...ratios),
    median: median(ratios),
    max: Math.max(...ratios),
    attributableLongTasks: Math.max(0, longTasksWith - longTasksWithout),
    runs,
  };
}
