// The instructor's class view in real Chromium: 300 generated hand-in files through the file input, the stuck-step
// summary, files listed apart, the CSV download, a zip and a folder, keeping and forgetting the class, axe 0.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeInChromium } from '../support/browser-suite';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { expectedStuck, generatedClass, handInFile, STEP_CYCLE } from '../support/class-files';
import { buildZip } from '../support/zip-builder';
import { TABLE_PAGE } from '../../domain/class/view-rows';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const COURSE = JSON.parse(readFileSync('courses/default.json', 'utf8')) as { slug: string; name: string };
const TRAINEES = 300;

describeInChromium('class view in Chromium', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let dir: string;
  let classFiles: string[];
  let stamp: { slug: string; name: string; fingerprint: string };
  const url = () => `chrome-extension://${browser.extensionId}/class.html`;
  const rowCount = () => page.locator('[data-testid="class-table"] tbody tr').count();
  const traineeCount = () => page.getByTestId('summary-trainees').textContent();

  beforeAll(async () => {
    browser = await launchWithExtension(inject('extensionDir'));
    const manifest = await browser.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { getManifest: () => { version_name?: string } } } }
      ).chrome.runtime.getManifest(),
    );
    stamp = {
      slug: COURSE.slug,
      name: COURSE.name,
      fingerprint: /([0-9a-f]{10})\)$/.exec(manifest.version_name ?? '')![1]!,
    };
    dir = join(browser.userDataDir, 'hand-ins');
    mkdirSync(join(dir, 'class'), { recursive: true });
    classFiles = generatedClass(TRAINEES, stamp).map(({ name, data }) => {
      const path = join(dir, 'class', name);
      writeFileSync(path, JSON.stringify(data));
      return path;
    });
    page = await browser.context.newPage();
  });
  afterAll(() => browser?.close());

  it('is reachable from the options page', async () => {
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const href = await page.getByTestId('class-view-link').getAttribute('href');
    expect(href).toBe(url());
  });

  it(`loads ${TRAINEES} files through the file input: a row each, the stuck-step counts, the others listed apart`, async () => {
    const extra = {
      other: join(dir, 'other-course.json'),
      older: join(dir, 'trainee-005-monday.json'),
      invalid: join(dir, 'notes.json'),
    };
    writeFileSync(
      extra.other,
      JSON.stringify(
        handInFile({
          name: 'Visitor',
          done: 3,
          course: { slug: 'genomics-101', name: 'Genomics', fingerprint: 'abcdef1234' },
        }),
      ),
    );
    const older = generatedClass(6, stamp)[5]!.data;
    writeFileSync(
      extra.older,
      JSON.stringify({ ...older, exportedAt: older.exportedAt - 86_400_000, events: older.events.slice(0, 1) }),
    );
    writeFileSync(extra.invalid, '{"my": "notes"');
    await page.goto(url());
    await page.getByTestId('class-files').setInputFiles([...classFiles, ...Object.values(extra)]);

    await expect.poll(traineeCount, { timeout: 20_000 }).toBe(String(TRAINEES));
    // Every trainee counted; the table holds a first page, and the rest are a click away.
    expect(await rowCount()).toBe(TABLE_PAGE);
    expect(await page.getByTestId('class-showing').textContent()).toBe(
      `Showing ${TRAINEES} of ${TRAINEES} trainees. The table lists the first ${TABLE_PAGE}.`,
    );
    await page.getByTestId('class-show-all').click();
    await expect.poll(rowCount).toBe(TRAINEES);
    // The focus goes to the first row added, not back to the top of the page.
    expect(
      await page.evaluate(
        (row) =>
          document.activeElement ===
          document.querySelectorAll('[data-testid="class-table"] tbody tr')[row]!.firstElementChild,
        TABLE_PAGE,
      ),
    ).toBe(true);
    expect(await page.getByTestId('class-showing').textContent()).toBe(`Showing ${TRAINEES} of ${TRAINEES} trainees.`);
    expect(
      await page
        .locator('[data-testid="class-table"] tbody th')
        .evaluateAll((cells) => new Set(cells.map((c) => c.firstChild!.textContent)).size),
    ).toBe(TRAINEES);
    const stuck = await page
      .locator('[data-stuck]')
      .evaluateAll((rows) =>
        rows.map((row) => [row.getAttribute('data-stuck'), Number(row.querySelector('[data-count]')!.textContent)]),
      );
    expect(new Map(stuck as Array<[string, number]>)).toEqual(expectedStuck(TRAINEES));

    expect(await page.getByTestId('apart-other').textContent()).toContain('other-course.json');
    expect(await page.getByTestId('apart-duplicates').textContent()).toMatch(
      /trainee-005-monday\.json.*the newer file trainee-005\.json is in the table/,
    );
    expect(await page.getByTestId('apart-rejected').textContent()).toContain('notes.json — Not JSON text');
    expect(await page.getByTestId('class-trust').textContent()).toContain('self-reported');
    // Trainees with i mod 3 = 0 that got past "first sign-in" have it ticked by hand.
    expect(await page.locator('td[data-step="first-sign-in"][data-source="manual"]').count()).toBe(
      Array.from({ length: TRAINEES }, (_, i) => i).filter((i) => i % 3 === 0 && i % STEP_CYCLE > 3).length,
    );
  });

  it('filters by next step from the summary, and sorts from the column header', async () => {
    const expected = expectedStuck(TRAINEES).get('identity')!;
    await page.locator('[data-stuck="identity"] button').click();
    await expect.poll(rowCount).toBe(expected);
    const nextSteps = await page
      .locator('td[data-next]')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-next')));
    expect(new Set(nextSteps)).toEqual(new Set(['identity']));
    await page.getByTestId('filter-next').selectOption('all');
    await expect.poll(rowCount).toBe(TABLE_PAGE);

    await page.locator('button[data-sort="progress"]').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await page.locator('th[aria-sort="descending"] button[data-sort="progress"]').count()).toBe(1);
    expect(
      await page
        .locator('[data-testid="class-table"] tbody tr')
        .first()
        .locator('td[data-next]')
        .getAttribute('data-next'),
    ).toBe('finished');
  });

  it('downloads the table as CSV: BOM, one line per trainee, formula-safe', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('class-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^class-default-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = join(dir, 'class.csv');
    await download.saveAs(path);
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFF"Name",')).toBe(true);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(TRAINEES + 1);
    expect(lines.filter((line) => /^[=+\-@]/.test(line))).toEqual([]);
  });

  it('prints the summary on one page, without the table or the controls', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('class-summary').isVisible()).toBe(true);
    expect(await page.getByTestId('class-table').isVisible()).toBe(false);
    expect(await page.getByTestId('class-csv').isVisible()).toBe(false);
    await page.emulateMedia({ media: null });
    const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
  });

  // axe checks every cell's contrast: on a loaded 2-core machine that takes long, so it gets its own time.
  it('has no axe violations', { timeout: 180_000 }, async () => {
    // Evaluated through the debugger protocol: the page's CSP (script-src 'self') refuses an inline script tag.
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              c: Document,
              o: object,
            ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }>;
          };
        }
      ).axe;
      // Every rule still runs on every node; only the passing nodes are not collected.
      return (await axe.run(document, { resultTypes: ['violations'] })).violations.map(
        (v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`,
      );
    });
    expect(violations).toEqual([]);
  });

  it('reads a zip of hand-in files and a picked folder', async () => {
    const zipPath = join(dir, 'class.zip');
    const entries = generatedClass(20, stamp).map(({ name, data }) => ({
      name: `week1/${name}`,
      data: JSON.stringify(data),
    }));
    writeFileSync(zipPath, buildZip([...entries, { name: 'week1/bomb.json', data: new Uint8Array(3 * 1024 * 1024) }]));
    await page.goto(url());
    await page.getByTestId('class-files').setInputFiles(zipPath);
    await expect.poll(rowCount).toBe(20);
    expect(await page.getByTestId('apart-rejected').textContent()).toContain(
      'class.zip › week1/bomb.json — Unpacks to far more',
    );

    await page.goto(url());
    await page.getByTestId('class-folder').setInputFiles(join(dir, 'class'));
    await expect.poll(traineeCount, { timeout: 20_000 }).toBe(String(TRAINEES));
    expect(await rowCount()).toBe(TABLE_PAGE);
  });

  it('puts files of two builds of this course in the table, marks the other build, and sets only the other course apart', async () => {
    const files = {
      thisBuild: join(dir, 'this-build.json'),
      otherBuild: join(dir, 'other-build.json'),
      otherCourse: join(dir, 'genomics.json'),
    };
    writeFileSync(
      files.thisBuild,
      JSON.stringify(handInFile({ name: 'García', done: 4, course: stamp, namespace: 'n1' })),
    );
    writeFileSync(
      files.otherBuild,
      JSON.stringify(
        handInFile({ name: 'Okafor', done: 6, course: { ...stamp, fingerprint: '0000000000' }, namespace: 'n2' }),
      ),
    );
    writeFileSync(
      files.otherCourse,
      JSON.stringify(
        handInFile({
          name: 'Visitor',
          done: 3,
          course: { slug: 'genomics-101', name: 'Genomics', fingerprint: 'abcdef1234' },
        }),
      ),
    );
    await page.goto(url());
    await page.getByTestId('class-files').setInputFiles(Object.values(files));
    await expect.poll(rowCount).toBe(2);
    expect(await page.locator('tr[data-trainee="Okafor"] td[data-build="other"]').textContent()).toBe(
      '0000000000another build of this course',
    );
    expect(await page.locator('tr[data-trainee="García"] td[data-build="this"]').textContent()).toBe(stamp.fingerprint);
    expect(await page.getByTestId('summary-other-builds').textContent()).toBe('1 / 2');
    expect(await page.getByTestId('apart-other').textContent()).toContain(
      'genomics.json — From another course: Genomics (genomics-101).',
    );
    expect(await page.getByTestId('apart-other').textContent()).not.toContain('other-build.json');

    await page.getByTestId('filter-attention').selectOption('other-build');
    await expect.poll(rowCount).toBe(1);
    expect(await page.locator('[data-testid="class-table"] tbody tr').getAttribute('data-trainee')).toBe('Okafor');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('class-csv').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('"0000000000","another build of this course"');
  });

  it('keeps the class in this browser only when asked, and forgets it', async () => {
    await page.goto(url());
    await page.getByTestId('class-files').setInputFiles(classFiles.slice(0, 7));
    await expect.poll(rowCount).toBe(7);
    await page.reload();
    await page.getByTestId('class-files').waitFor();
    expect(await rowCount()).toBe(0);

    await page.getByTestId('class-files').setInputFiles(classFiles.slice(0, 7));
    await page.getByTestId('class-keep').click();
    await page.getByTestId('class-forget').waitFor();
    await page.reload();
    await expect.poll(rowCount).toBe(7);

    await page.getByTestId('class-forget').click();
    await page.getByTestId('class-keep').waitFor();
    await page.reload();
    await page.getByTestId('class-files').waitFor();
    expect(await rowCount()).toBe(0);
  });
});
