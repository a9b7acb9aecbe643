// What trainees feel on the React pages: the page's own anchor → our UI (cold first page of a fresh profile, and
// warm), layout shift with and without the extension, main-thread time in our scripts, long tasks.
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension } from '../support/chromium';
import { servePages, type Pages } from '../support/serve';
import { median } from './stats';

export interface PlacementScenario {
  name: string;
  url: string;
  anchor: string;
  ours: string;
}

export interface PlacementSample {
  /** ms from the first moment the page's anchor is in the DOM to our host being there; 0 = same observer callback. */
  anchorToUi?: number;
  /** Our UI was in the first animation frame that had the anchor. */
  sameFrame: boolean;
  cls: number;
  longTasks: number;
  /** ms of main-thread time sampled inside our content scripts during the navigation. */
  scriptMs: number;
}

/**
 * Runs before the page's scripts: times the anchor and our host, checks each frame, sums layout shifts and long tasks.
 */
const PROBE = `(() => {
  const w = window, probe = w.__probe;
  w.__m = { frames: [], cls: 0, longTasks: 0 };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) w.__m.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { w.__m.longTasks += l.getEntries().filter((e) => e.duration > 50).length; }).observe({ type: 'longtask', buffered: true });
  const look = () => {
    const now = performance.now();
    if (w.__m.anchorAt === undefined && document.querySelector(probe.anchor)) w.__m.anchorAt = now;
    if (w.__m.oursAt === undefined && document.querySelector(probe.ours)) w.__m.oursAt = now;
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true });
  const frame = () => { look(); w.__m.frames.push([!!document.querySelector(probe.anchor), !!document.querySelector(probe.ours)]); requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})();`;

async function measure(
  context: BrowserContext,
  scenario: PlacementScenario,
  extensionId?: string,
): Promise<PlacementSample> {
  const page = await context.newPage();
  await page.addInitScript(
    `window.__probe = ${JSON.stringify({ anchor: scenario.anchor, ours: scenario.ours })};${PROBE}`,
  );
  const cdp = extensionId ? await context.newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await page.goto(scenario.url);
  await page.locator(scenario.anchor).waitFor({ timeout: 15_000 });
  await page.waitForTimeout(600);
  const scriptMs =
    cdp && extensionId ? ourScriptTime((await cdp.send('Profiler.stop')).profile as Profile, extensionId) : 0;
  const m = await page.evaluate(
    () =>
      (
        window as unknown as {
          __m: {
            frames: Array<[boolean, boolean]>;
            cls: number;
            longTasks: number;
            anchorAt?: number;
            oursAt?: number;
          };
        }
      ).__m,
  );
  await page.close();
  const first = m.frames.findIndex(([anchor]) => anchor);
  return {
    anchorToUi: m.anchorAt !== undefined && m.oursAt !== undefined ? Math.max(0, m.oursAt - m.anchorAt) : undefined,
    sameFrame: first >= 0 && m.frames[first]![1],
    cls: m.cls,
    longTasks: m.longTasks,
    scriptMs,
  };
}

interface Profile {
  nodes: Array<{ id: number; callFrame: { url: string } }>;
  samples: number[];
  timeDeltas: number[];
}

/** Sampled self time of functions whose script is one of our content scripts. */
function ourScriptTime(profile: Profile, extensionId: string): number {
  const ours = new Set(
    profile.nodes
      .filter((node) => node.callFrame.url.startsWith(`chrome-extension://${extensionId}/`))
      .map((node) => node.id),
  );
  let micros = 0;
  profile.samples.forEach((node, i) => {
    if (ours.has(node)) micros += profile.timeDeltas[i + 1] ?? 0;
  });
  return micros / 1000;
}

export interface PlacementResult {
  warm: PlacementSample[];
  cold: PlacementSample[];
  without: PlacementSample[];
}

/**
 * Warm runs in one browser, cold runs each in a fresh profile (the first page after install), and the same page without
 * the extension.
 */
export async function placement(
  extensionDir: string,
  warmContext: BrowserContext,
  extensionId: string,
  plain: BrowserContext,
  pages: Pages,
  scenario: PlacementScenario,
  runs: number,
  coldRuns: number,
): Promise<PlacementResult> {
  const result: PlacementResult = { warm: [], cold: [], without: [] };
  for (let i = 0; i < runs; i++) {
    result.warm.push(await measure(warmContext, scenario, extensionId));
    result.without.push(await measure(plain, scenario));
  }
  for (let i = 0; i < coldRuns; i++) {
    const fresh = await launchWithExtension(extensionDir);
    try {
      await servePages(fresh.context, pages);
      await fresh.context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
      result.cold.push(await measure(fresh.context, scenario, fresh.extensionId));
    } finally {
      await fresh.close({ allowNetwork: false });
    }
  }
  return result;
}

export function summarize(samples: PlacementSample[]): string {
  const timed = samples.map((s) => s.anchorToUi).filter((ms): ms is number => ms !== undefined);
  const same = samples.filter((s) => s.sameFrame).length;
  if (timed.length < samples.length) return `UI missing in ${samples.length - timed.length} of ${samples.length}`;
  return `median ${median(timed).toFixed(1)} ms, max ${Math.max(...timed).toFixed(1)} ms; same frame ${same}/${samples.length}`;
}

export const meanOf = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
export type { Page };
