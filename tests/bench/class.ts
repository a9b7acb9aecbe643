// Class view: N generated hand-in files through the file input → the summary and the table painted (the page's own
// marks), with where the time goes: reading and checking the files (JSON + schema, one after the other), merging,
// building the DOM, painting.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtensionBrowser } from '../support/chromium';
import { generatedClass } from '../support/class-files';
import { median, percentile } from './stats';
import { TABLE_PAGE } from '../../domain/class/view-rows';

/** The page's marks in the order it sets them (components/class/ClassPage.tsx). */
const MARKS = [
  'wbc-class-picked',
  'wbc-class-read',
  'wbc-class-merged',
  'wbc-class-rendered',
  'wbc-class-shown',
] as const;
const PHASES = ['read', 'merge', 'render', 'paint'] as const;
export type ClassPhase = (typeof PHASES)[number];

export async function classLoad(
  browser: ExtensionBrowser,
  files: number,
  runs: number,
  course: { slug: string; name: string; fingerprint: string },
) {
  const dir = join(browser.userDataDir, 'bench-class');
  mkdirSync(dir, { recursive: true });
  const paths = generatedClass(files, course).map(({ name, data }) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(data));
    return path;
  });
  const page = await browser.context.newPage();
  const timings: number[] = [];
  const endToEnd: number[] = [];
  const phases = new Map<ClassPhase, number[]>(PHASES.map((phase) => [phase, []]));
  try {
    for (let i = 0; i < runs; i++) {
      await page.goto(`chrome-extension://${browser.extensionId}/class.html`);
      const input = page.getByTestId('class-files');
      await input.waitFor();
      const before = await page.evaluate(() => performance.now());
      await input.setInputFiles(paths);
      await page.waitForFunction(() => performance.getEntriesByName('wbc-class-shown').length > 0, undefined, {
        timeout: 30_000,
      });
      const total = await page.getByTestId('summary-trainees').textContent();
      if (total !== String(files)) throw new Error(`class view counted ${total} trainees for ${files} files`);
      if ((await page.locator('[data-stuck]').count()) === 0) throw new Error('class view showed no stuck steps');
      // A page of rows (or, in an earlier build, every row).
      const rows = await page.locator('[data-testid="class-table"] tbody tr').count();
      if (rows !== Math.min(files, TABLE_PAGE) && rows !== files)
        throw new Error(`class view showed ${rows} rows for ${files} files`);
      const times = await page.evaluate(
        (names) => names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN),
        [...MARKS],
      );
      timings.push(times.at(-1)! - times[0]!);
      endToEnd.push(times.at(-1)! - before);
      // An earlier build (BENCH_EXTENSION_DIR) may set only the first and the last mark.
      if (times.every((t) => !Number.isNaN(t))) {
        if (times.some((t, k) => k > 0 && t < times[k - 1]!))
          throw new Error(`class view marks out of order: ${times.join(', ')}`);
        PHASES.forEach((phase, k) => {
          phases.get(phase)!.push(times[k + 1]! - times[k]!);
        });
      }
    }
  } finally {
    await page.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    median: median(timings),
    p95: percentile(timings, 95),
    /** From just before the test hands the files to the input (includes the browser's own file-input work). */
    endToEndMedian: median(endToEnd),
    phases: PHASES.filter((phase) => phases.get(phase)!.length).map((phase) => ({
      phase,
      median: median(phases.get(phase)!),
    })),
    runs: timings.length,
  };
}
