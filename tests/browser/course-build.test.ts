// One command builds a course; the built extension shows that course's own texts and fingerprint.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadCourseFile } from '../../domain/course/load-file';
import { IDENTITY_HOSTS } from '../../domain/course/manifest-hosts';
import { describeInChromium, WORKBENCH } from '../support/browser-suite';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { servePages, snapshotDocument } from '../support/serve';
import { hasSnapshots } from '../support/snapshots';

const COURSE_FILE = 'tests/fixtures/courses/browser-course.json';
const OUT = resolve('tests/.tmp/course-build-browser');
const GOOGLE_403_URL = 'https://accounts.google.com/v3/signin/challenge/pwd/error';
const GOOGLE_403 = `<!DOCTYPE html><html lang=en><meta charset=utf-8><title>Error 403 (Forbidden)!!1</title>
<p><b>403.</b> <ins>That’s an error.</ins><p>We're sorry, but you do not have access to this page. <ins>That’s all we know.</ins>`;

describeInChromium('a course built with `npm run build:course`', () => {
  const { course, fingerprint } = loadCourseFile(COURSE_FILE);
  let browser: ExtensionBrowser;
  let printed = '';
  let warned = '';

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    const build = spawnSync(process.execPath, ['scripts/build-course.mjs', COURSE_FILE], {
      env: { ...process.env, OUT_DIR: OUT, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
    printed = build.stdout;
    warned = build.stderr;
    browser = await launchWithExtension(join(OUT, 'chrome-mv3'));
    await servePages(browser.context, {
      [GOOGLE_403_URL]: GOOGLE_403,
      ...(hasSnapshots
        ? { [`${WORKBENCH}/workspaces/build`]: () => snapshotDocument('workspace-edit-create-initial.html') }
        : {}),
    });
  });
  afterAll(() => browser?.close());

  it('prints the course name and fingerprint and writes the zip next to the unpacked folder', () => {
    expect(printed).toContain(`Course: ${course.name}`);
    expect(printed).toContain(`Fingerprint: ${fingerprint}`);
    expect(existsSync(join(OUT, `${course.slug}-${course.version}-chrome.zip`))).toBe(true);
  });

  it("asks for storage only and runs on the Workbench plus the course's extra Workbench host, printed at build time", () => {
    const manifest = JSON.parse(readFileSync(join(OUT, 'chrome-mv3', 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    const access = manifest.content_scripts.map(
      (script: { js: string[]; matches: string[]; exclude_matches: string[] }) => ({
        js: script.js,
        matches: script.matches,
        exclude_matches: script.exclude_matches,
      }),
    );
    expect(access).toEqual([
      {
        js: ['content-scripts/google-403.js'],
        matches: ['https://accounts.google.com/*'],
        exclude_matches: IDENTITY_HOSTS,
      },
      { js: ['content-scripts/rw2.js'], matches: ['https://workbench.verily.com/*'], exclude_matches: IDENTITY_HOSTS },
      {
        js: ['content-scripts/workbench.js'],
        matches: [`${WORKBENCH}/*`, ...course.extraHosts],
        exclude_matches: IDENTITY_HOSTS,
      },
    ]);
    expect(course.extraHosts).toEqual(['https://preprod-workbench.researchallofus.org/*']);
    expect(printed).toContain(`Extra Workbench hosts: ${course.extraHosts.join(', ')}`);
  });

  it('warns, without failing, about an answer short enough for the Workbench\'s "too short" note', () => {
    expect(course.answers.scientificApproach.length).toBeLessThan(100);
    expect(warned).toContain('Warning: answers.scientificApproach has 96 characters');
    expect(warned).not.toContain('answers.intendedStudy');
  });

  it("shows the course's name, welcome note and fingerprint in the popup", async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('[data-testid="fingerprint"]').textContent()).toBe(fingerprint);
    expect(await popup.locator('h1').textContent()).toBe(course.name);
    expect(await popup.locator('body').textContent()).toContain('finish Parts 1 and 2 before Monday');
    await popup.close();
  });

  it('shows the same fingerprint and the course texts on the options page', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.locator('[data-testid="fingerprint"]').textContent()).toBe(fingerprint);
    const workspace = options.locator('[data-page="workspace"]');
    expect(await workspace.locator('[data-path="workspace.nameTemplate"]').first().textContent()).toContain(
      '{lastName}_HDB_bootcamp',
    );
    expect(await workspace.textContent()).toContain(course.answers.intendedStudy);
    expect(await options.locator('[data-page="share"]').textContent()).toContain('rosa.testwell@researchallofus.org');
    expect(await options.locator('[data-unexplained]').count()).toBe(0);
    await options.close();
  });

  it("links the Google 403 banner to the course's own sign-in help", async () => {
    const page = await browser.context.newPage();
    await page.goto(GOOGLE_403_URL);
    const link = page.locator('wbc-google-403 a[href="https://help.test-university.example/workbench-sign-in"]');
    await expect.poll(() => link.count()).toBe(1);
    await page.close();
  });

  it.runIf(hasSnapshots)("states the course's naming rule in the workspace-name tip", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${WORKBENCH}/workspaces/build`);
    const tip = page.locator('[data-wbc-tip="ws-name"]');
    await expect.poll(() => tip.count(), { timeout: 10_000 }).toBe(1);
    expect(await tip.textContent()).toContain('{lastName}_HDB_bootcamp');
    await page.close();
  });
});
