// Class view: N generated hand-in files through the file input → the table on screen (the page's own marks).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtensionBrowser } from '../../tests/support/chromium';
import { generatedClass } from '../../tests/support/class-files';
import { median, percentile } from './stats';

export async function classLoad(browser: ExtensionBrowser, files: number, runs: number, course: { slug: string; name: string; fingerprint: string }) {
  const dir = join(browser.userDataDir, 'bench-class');
  mkdirSync(dir, { recursive: true });
  const paths = generatedClass(files, course).map(({ name, data }) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(data));
    return path;
  });
  const page = await browser.context.newPage();
  const timings: number[] = [];
  const reading: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      await page.goto(`chrome-extension://${browser.extensionId}/class.html`);
      await page.getByTestId('class-files').setInputFiles(paths);
      await page.waitForFunction(() => performance.getEntriesByName('wbc-class-shown').length > 0, undefined, { timeout: 30_000 });
      const rows = await page.locator('[data-testid="class-table"] tbody tr').count();
      if (rows !== files) throw new Error(`class view showed ${rows} rows for ${files} files`);
      const [picked, read, shown] = await page.evaluate(() => ['wbc-class-picked', 'wbc-class-read', 'wbc-class-shown'].map((name) => performance.getEntriesByName(name)[0]!.startTime));
      timings.push(shown! - picked!);
      reading.push(read! - picked!);
    }
  } finally {
    await page.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { median: median(timings), p95: percentile(timings, 95), runs: timings.length, readMedian: median(reading) };
}
