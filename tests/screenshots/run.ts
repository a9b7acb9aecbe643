// `npm run screenshots`: README pictures of the injected UI, taken in headless Chromium.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildExtension, legacyCourse } from '../support/build';
import { classViewScreenshot } from './class-view-shot';
import { popupScreenshot } from './popup-shot';
import { rw2FillScreenshot } from './rw2-fill-shot';
import { launchWithExtension } from '../support/chromium';
import { ourUi, until } from '../support/our-ui';
import { servePages, snapshotDocument } from '../support/serve';
import { WORKSPACE_FORM_URL, workspaceFormPages } from '../fixtures/workspace-form';

const WORKBENCH = 'https://workbench.researchallofus.org';

async function main() {
  const dir = buildExtension('courses/example-cwml-training.json', 'tests/.tmp/screenshots');
  mkdirSync('docs', { recursive: true });
  const browser = await launchWithExtension(dir);
  try {
    await servePages(browser.context, {
      [`${WORKBENCH}/data-access-requirements`]: () => snapshotDocument('dar-mixed-prod-flags.html'),
    });
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(`${WORKBENCH}/data-access-requirements`);
    await page.locator('[data-wbc] .wbc-tip').first().waitFor();
    await page.screenshot({ path: 'docs/data-access-tips.png' });
    await classViewScreenshot(browser, builtCourse(dir), 'docs/class-view.png');
    await popupScreenshot(browser, 'docs/popup.png');
    await browser.context.unrouteAll();
    await rw2FillScreenshot(browser, 'docs/rw2-fill.png');
  } finally {
    await browser.close();
  }
  await legacyFormScreenshot();
  console.log(
    'Wrote docs/data-access-tips.png, docs/workspace-prefill.png, docs/class-view.png, docs/popup.png, docs/rw2-fill.png',
  );
}

/** The legacy form's prefill panel after Fill: only a build for a `legacy` course carries it. */
async function legacyFormScreenshot() {
  const dir = buildExtension(legacyCourse('courses/example-cwml-training.json'), 'tests/.tmp/screenshots-legacy');
  const browser = await launchWithExtension(dir);
  try {
    await servePages(browser.context, workspaceFormPages({ aian: true }));
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(`${WORKSPACE_FORM_URL}?aian=1`);
    const panel = ourUi(page, 'wbc-ws-prefill');
    await until(() => panel.count('button[data-action="fill"]'));
    if (await panel.count('input[name="wbc-last-name"]')) await panel.fill('input[name="wbc-last-name"]', 'Garcia');
    await panel.click('button[data-action="fill"]');
    await until(() => panel.count('[data-create]'));
    await page.locator('wbc-ws-prefill').screenshot({ path: 'docs/workspace-prefill.png' });
  } finally {
    await browser.close();
  }
}

/** The course stamp hand-in files of this build carry (slug and fingerprint from the built manifest). */
function builtCourse(dir: string) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version_name: string };
  const [, slug = '', fingerprint = ''] = /\((\S+) ([0-9a-f]{10})\)$/.exec(manifest.version_name) ?? [];
  const course = JSON.parse(readFileSync('courses/example-cwml-training.json', 'utf8')) as { name: string };
  return { slug, name: course.name, fingerprint };
}

void main();
