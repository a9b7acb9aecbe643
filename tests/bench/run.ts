// `npm run bench`: builds the extension and measures size and speed in real headless Chromium.
// Prints one table and writes bench/results.json. Timings live here, never in tests.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { bundleSizes, GZIP_BUDGETS, LEGACY_COURSE_BUDGETS } from '../../scripts/lib/bundle-sizes';
import { pageLoadRatio } from './page-load';
import { meanOf, placement, summarize, type PlacementScenario } from './placement';
import { prefillClickToApplied } from './prefill';
import { rw2FillToValid } from './rw2-fill';
import { popupFirstRender } from './popup';
import { classLoad } from './class';
import { TABLE_PAGE } from '../../domain/class/view-rows';
import { median, round } from './stats';
import { buildExtension, legacyCourse } from '../support/build';
import { launchWithExtension, requireChromium, type ExtensionBrowser } from '../support/chromium';
import { servePages, type Pages } from '../support/serve';
import { DAR_URL, darPages } from '../fixtures/dar-page';
import { WORKSPACE_FORM_URL, workspaceFormPages } from '../fixtures/workspace-form';
import { hasSnapshots, SNAPSHOTS_DIR } from '../support/snapshots';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);
// BENCH_EXTENSION_DIR measures an extension built elsewhere (e.g. from an earlier commit) with this benchmark.
const PREBUILT = process.env.BENCH_EXTENSION_DIR;
// BENCH_ONLY=popup, class, content or rw2 measures that part alone (the popup, the class view, the content-script
// rows, or Fill → page valid on the RW 2.0 Material UI fixture; no sizes, results.json untouched).
const ONLY = process.env.BENCH_ONLY;
if (ONLY !== undefined && !['popup', 'class', 'content', 'rw2'].includes(ONLY))
  throw new Error(`BENCH_ONLY must be "popup", "class", "content" or "rw2", not "${ONLY}"`);
// The Material UI fixture loads a 500 KB bundle per run: fewer runs per page keep the row short.
const RW2_RUNS = Number(process.env.BENCH_RW2_RUNS ?? 5);
const CLASS_FILES = 300;

interface Row {
  metric: string;
  value: string;
  goal: string;
  ok: boolean | undefined;
}

async function main() {
  const chromePath = requireChromium();
  if (!chromePath) throw new Error('npm run bench needs Chromium (set CHROME_PATH)');
  if (!hasSnapshots)
    throw new Error(
      `npm run bench needs the Workbench snapshots (not found at ${SNAPSHOTS_DIR}; set WORKBENCH_SNAPSHOTS_DIR)`,
    );

  if (!PREBUILT) console.log('Building the extension (default course)…');
  const extensionDir = PREBUILT ?? buildExtension('courses/default.json', 'tests/.tmp/bench');
  // The registration pages and the legacy form are measured with the larger build, the one that carries the form's
  // prefill.
  const legacyDir = PREBUILT ?? buildExtension(legacyCourse('courses/default.json'), 'tests/.tmp/bench-legacy');
  const rows: Row[] = [];

  if (!ONLY) rows.push(...sizeRows(extensionDir), ...sizeRows(legacyDir, ' (legacy course)', LEGACY_COURSE_BUDGETS));

  const browser = await launchWithExtension(extensionDir);
  const legacyBrowser = await launchWithExtension(legacyDir);
  const plain = await chromium.launch({
    executablePath: chromePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const plainContext = await plain.newContext();
  try {
    const pages = { ...workspaceFormPages({ aian: true }), ...darPages() };
    await servePages(browser.context, pages);
    await servePages(legacyBrowser.context, pages);
    await servePages(plainContext, pages);
    // tsx keeps function names with a __name() helper that page.evaluate bodies would otherwise lack.
    for (const context of [browser.context, legacyBrowser.context, plainContext])
      await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });

    if (!ONLY || ONLY === 'content')
      rows.push(...(await contentScriptRows(legacyDir, legacyBrowser, plainContext, pages)));
    if (!ONLY || ONLY === 'rw2') rows.push(...(await rw2FillRows(browser)));
    if (!ONLY || ONLY === 'popup') rows.push(await popupRow(browser));
    // An earlier build (BENCH_EXTENSION_DIR) may have no class page.
    if ((!ONLY || ONLY === 'class') && existsSync(join(extensionDir, 'class.html'))) rows.push(await classRow(browser));
  } finally {
    await plain.close();
    await browser.close({ allowNetwork: false });
    await legacyBrowser.close({ allowNetwork: false });
  }

  console.log('');
  console.table(
    rows.map((r) => ({
      metric: r.metric,
      value: r.value,
      goal: r.goal,
      status: r.ok === undefined ? '' : r.ok ? 'ok' : 'OVER',
    })),
  );
  if (ONLY) return;
  mkdirSync('bench', { recursive: true });
  writeFileSync(
    join('bench', 'results.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), runs: RUNS, rows }, null, 2)}\n`,
  );
  console.log('Wrote bench/results.json');
}

function sizeRows(extensionDir: string, build = '', budgets = GZIP_BUDGETS): Row[] {
  return bundleSizes(extensionDir, budgets).map((size) => ({
    metric: `JS size: ${size.entry}${build}`,
    value: `${(size.raw / 1024).toFixed(1)} KB raw / ${(size.gzip / 1024).toFixed(1)} KB gzip`,
    goal: size.budgetGzip ? `≤ ${size.budgetGzip / 1024} KB gzip` : '—',
    ok: size.budgetGzip ? size.gzip <= size.budgetGzip : undefined,
  }));
}

const SCENARIOS: PlacementScenario[] = [
  {
    name: 'workspace form, AI/AN layout',
    url: `${WORKSPACE_FORM_URL}?aian=1`,
    anchor: 'input[data-test-id="workspace-name"]',
    ours: 'wbc-ws-name',
  },
  {
    name: 'workspace form, no AI/AN',
    url: `${WORKSPACE_FORM_URL}?aian=0`,
    anchor: '[data-test-id="review-request-btn-false"]',
    ours: 'wbc-ws-review',
  },
  {
    name: 'DAR, content after load',
    url: DAR_URL,
    anchor: '[data-test-id="module-IDENTITY"]',
    ours: 'wbc-tip-dar-identity',
  },
];

async function contentScriptRows(
  extensionDir: string,
  browser: ExtensionBrowser,
  plainContext: BrowserContext,
  pages: Pages,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const scenario of SCENARIOS) {
    const result = await placement(
      extensionDir,
      browser.context,
      browser.extensionId,
      plainContext,
      pages,
      scenario,
      RUNS,
      COLD_RUNS,
    );
    rows.push({
      metric: `anchor → UI, warm (${scenario.name})`,
      value: summarize(result.warm),
      goal: 'same frame',
      ok: result.warm.every((s) => s.sameFrame),
    });
    rows.push({
      metric: `anchor → UI, first page of a fresh profile (${scenario.name})`,
      value: summarize(result.cold),
      goal: 'same frame',
      ok: result.cold.every((s) => s.sameFrame),
    });
    const clsWith = meanOf(result.warm.map((s) => s.cls));
    const clsWithout = meanOf(result.without.map((s) => s.cls));
    rows.push({
      metric: `CLS with / without the extension (${scenario.name})`,
      value: `${clsWith.toFixed(3)} / ${clsWithout.toFixed(3)} (mean of ${result.warm.length} each)`,
      goal: 'added ≤ 0.01',
      ok: clsWith - clsWithout <= 0.01,
    });
    const script = result.warm.map((s) => s.scriptMs);
    rows.push({
      metric: `main-thread time in our content script per navigation (${scenario.name})`,
      value: `median ${round(median(script))} ms, max ${round(Math.max(...script))} ms (sampled)`,
      goal: '—',
      ok: undefined,
    });
    const longTasks =
      result.warm.reduce((sum, s) => sum + s.longTasks, 0) - result.without.reduce((sum, s) => sum + s.longTasks, 0);
    rows.push({
      metric: `long tasks > 50 ms, with minus without (${scenario.name})`,
      value: String(longTasks),
      goal: '≤ 0',
      ok: longTasks <= 0,
    });
  }

  const load = await pageLoadRatio(browser.context, plainContext, `${WORKSPACE_FORM_URL}?aian=1`, RUNS);
  rows.push({
    metric: 'page load with / without extension (workspace form)',
    value: `ratio min ${load.min.toFixed(2)}, median ${load.median.toFixed(2)}, max ${load.max.toFixed(2)} (${round(load.withMs)} vs ${round(load.withoutMs)} ms median, ${load.runs} alternating pairs)`,
    goal: 'median ≤ 1.02×',
    ok: load.median <= 1.02,
  });

  const prefill = await prefillClickToApplied(browser, RUNS);
  rows.push({
    metric: 'prefill click → all fields applied (interactive form, both layouts)',
    value: prefill
      ? `median ${round(prefill.median)} ms, p95 ${round(prefill.p95)} ms (${prefill.runs} runs)`
      : 'not measured',
    goal: '≤ 50 ms',
    ok: prefill ? prefill.median <= 50 : false,
  });
  return rows;
}

async function rw2FillRows(browser: ExtensionBrowser): Promise<Row[]> {
  const pages = await rw2FillToValid(browser, RW2_RUNS);
  return pages.map((p) => ({
    metric: `RW 2.0 Research Use Statement page ${p.page}: Fill click → page valid (Material UI fixture)`,
    value: `median ${round(p.median)} ms, p95 ${round(p.p95)} ms (${p.runs} runs)`,
    goal: '≤ 500 ms',
    ok: p.median <= 500,
  }));
}

async function popupRow(browser: ExtensionBrowser): Promise<Row> {
  const popup = await popupFirstRender(browser, 10_000, RUNS);
  return {
    metric: 'popup first render with 10,000 stored events',
    value: popup
      ? `median ${round(popup.median)} ms, p95 ${round(popup.p95)} ms from navigation start; ${round(popup.scriptMedian)} ms of it from our script's start (${popup.runs} runs)`
      : 'not measured',
    goal: '≤ 50 ms',
    ok: popup ? popup.median <= 50 : false,
  };
}

async function classRow(browser: ExtensionBrowser): Promise<Row> {
  const manifest = await browser.worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { getManifest: () => { version_name?: string } } } }
    ).chrome.runtime.getManifest(),
  );
  const fingerprint = /([0-9a-f]{10})\)$/.exec(manifest.version_name ?? '')?.[1] ?? '';
  const course = JSON.parse(readFileSync('courses/default.json', 'utf8')) as { slug: string; name: string };
  const result = await classLoad(browser, CLASS_FILES, RUNS, { slug: course.slug, name: course.name, fingerprint });
  return {
    metric: `class view: ${CLASS_FILES} hand-in files picked → summary and the table's first ${TABLE_PAGE} rows painted`,
    value: `median ${round(result.median)} ms, p95 ${round(result.p95)} ms (${round(result.endToEndMedian)} ms from the pick)${result.phases.length ? `; medians: ${result.phases.map((p) => `${p.phase} ${round(p.median)}`).join(', ')} ms` : ''} (${result.runs} runs)`,
    goal: '≤ 1000 ms',
    ok: result.median <= 1000,
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
