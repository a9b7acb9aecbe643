// `npm run bench`: builds the extension and measures size and speed in real headless Chromium.
// Prints one table and writes bench/results.json. Timings live here, never in tests.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { bundleSizes } from './lib/bundle-sizes';
import { anchorToUi, shellPage } from './bench/anchor-to-ui';
import { pageLoadRatio } from './bench/page-load';
import { prefillClickToApplied } from './bench/prefill';
import { popupFirstRender } from './bench/popup';
import { classLoad } from './bench/class';
import { round } from './bench/stats';
import { buildExtension } from '../tests/support/build';
import { launchWithExtension, requireChromium, type ExtensionBrowser } from '../tests/support/chromium';
import { servePages, snapshotDocument } from '../tests/support/serve';
import { hasSnapshots, readSnapshot, SNAPSHOTS_DIR } from '../tests/support/snapshots';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
// BENCH_ONLY=popup or BENCH_ONLY=class measures that page alone (no sizes, no content-script timings, results.json untouched).
const ONLY = process.env.BENCH_ONLY;
if (ONLY !== undefined && ONLY !== 'popup' && ONLY !== 'class') throw new Error(`BENCH_ONLY must be "popup" or "class", not "${ONLY}"`);
const CLASS_FILES = 300;
const WORKBENCH = 'https://workbench.researchallofus.org';

interface Row {
  metric: string;
  value: string;
  goal: string;
  ok: boolean | undefined;
}

async function main() {
  const chromePath = requireChromium();
  if (!chromePath) throw new Error('npm run bench needs Chromium (set CHROME_PATH)');
  if (!hasSnapshots) throw new Error(`npm run bench needs the Workbench snapshots (not found at ${SNAPSHOTS_DIR}; set WORKBENCH_SNAPSHOTS_DIR)`);

  console.log('Building the extension (default course)…');
  const extensionDir = buildExtension('courses/default.json', 'tests/.tmp/bench');
  const rows: Row[] = [];

  if (!ONLY) rows.push(...sizeRows(extensionDir));

  const browser = await launchWithExtension(extensionDir);
  const plain = await chromium.launch({ executablePath: chromePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const plainContext = await plain.newContext();
  try {
    const workspaceForm = () => snapshotDocument('workspace-edit-create-initial.html');
    const pages = {
      [`${WORKBENCH}/workspaces/build`]: workspaceForm,
      [`${WORKBENCH}/data-access-requirements`]: shellPage,
    };
    await servePages(browser.context, pages);
    await servePages(plainContext, pages);
    // tsx keeps function names with a __name() helper that page.evaluate bodies would otherwise lack.
    for (const context of [browser.context, plainContext]) await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });

    if (!ONLY) rows.push(...(await contentScriptRows(browser, plainContext)));
    if (ONLY !== 'class') rows.push(await popupRow(browser));
    if (ONLY !== 'popup') rows.push(await classRow(browser));
  } finally {
    await plain.close();
    await browser.close({ allowNetwork: false });
  }

  console.log('');
  console.table(rows.map((r) => ({ metric: r.metric, value: r.value, goal: r.goal, status: r.ok === undefined ? '' : r.ok ? 'ok' : 'OVER' })));
  if (ONLY) return;
  mkdirSync('bench', { recursive: true });
  writeFileSync(join('bench', 'results.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), runs: RUNS, rows }, null, 2)}\n`);
  console.log('Wrote bench/results.json');
}

function sizeRows(extensionDir: string): Row[] {
  return bundleSizes(extensionDir).map((size) => ({
    metric: `JS size: ${size.entry}`,
    value: `${(size.raw / 1024).toFixed(1)} KB raw / ${(size.gzip / 1024).toFixed(1)} KB gzip`,
    goal: size.budgetGzip ? `≤ ${size.budgetGzip / 1024} KB gzip` : '—',
    ok: size.budgetGzip ? size.gzip <= size.budgetGzip : undefined,
  }));
}

async function contentScriptRows(browser: ExtensionBrowser, plainContext: BrowserContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const scenario of [
    { name: 'DAR tips', url: `${WORKBENCH}/data-access-requirements`, body: readSnapshot('dar-mixed-prod-flags.html') },
  ]) {
    const result = await anchorToUi(browser.context, scenario, RUNS);
    rows.push({
      metric: `anchor appears → UI visible (${scenario.name})`,
      value: result ? `median ${round(result.median)} ms, p95 ${round(result.p95)} ms (${result.runs} runs)` : 'no UI appeared',
      goal: '≤ 16 ms',
      ok: result ? result.median <= 16 : false,
    });
  }

  const load = await pageLoadRatio(browser.context, plainContext, `${WORKBENCH}/workspaces/build`, RUNS);
  rows.push({
    metric: 'page load with / without extension (workspace form)',
    value: `${load.ratio.toFixed(3)}× (${round(load.withMs)} vs ${round(load.withoutMs)} ms median, ${load.runs} alternating runs each)`,
    goal: '≤ 1.02×',
    ok: load.ratio <= 1.02,
  });
  rows.push({ metric: 'long tasks > 50 ms attributable to the extension', value: String(load.attributableLongTasks), goal: '0', ok: load.attributableLongTasks === 0 });

  const prefill = await prefillClickToApplied(browser, RUNS);
  rows.push({
    metric: 'prefill click → all fields applied (interactive form, both layouts)',
    value: prefill ? `median ${round(prefill.median)} ms, p95 ${round(prefill.p95)} ms (${prefill.runs} runs)` : 'not measured',
    goal: '≤ 50 ms',
    ok: prefill ? prefill.median <= 50 : false,
  });
  return rows;
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
  const manifest = await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest: () => { version_name?: string } } } }).chrome.runtime.getManifest());
  const fingerprint = /([0-9a-f]{10})\)$/.exec(manifest.version_name ?? '')?.[1] ?? '';
  const course = JSON.parse(readFileSync('courses/default.json', 'utf8')) as { slug: string; name: string };
  const result = await classLoad(browser, CLASS_FILES, RUNS, { slug: course.slug, name: course.name, fingerprint });
  return {
    metric: `class view: ${CLASS_FILES} hand-in files picked → table shown`,
    value: `median ${round(result.median)} ms, p95 ${round(result.p95)} ms; ${round(result.readMedian)} ms of it reading and checking the files (${result.runs} runs)`,
    goal: '≤ 1000 ms',
    ok: result.median <= 1000,
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
