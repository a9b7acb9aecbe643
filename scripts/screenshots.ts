// `npm run screenshots`: README pictures of the injected UI, taken in headless Chromium.
import { mkdirSync } from 'node:fs';
import { buildExtension } from '../tests/support/build';
import { launchWithExtension } from '../tests/support/chromium';
import { servePages, snapshotDocument } from '../tests/support/serve';
import { WORKSPACE_FORM_URL, workspaceFormPages } from '../tests/fixtures/workspace-form';

const WORKBENCH = 'https://workbench.researchallofus.org';

async function main() {
  const dir = buildExtension('courses/example-cwml-training.json', 'tests/.tmp/screenshots');
  const browser = await launchWithExtension(dir);
  mkdirSync('docs', { recursive: true });
  try {
    await servePages(browser.context, {
      ...workspaceFormPages({ aian: true }),
      [`${WORKBENCH}/data-access-requirements`]: () => snapshotDocument('dar-mixed-prod-flags.html'),
    });
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });

    await page.goto(`${WORKBENCH}/data-access-requirements`);
    await page.locator('[data-wbc] .wbc-tip').first().waitFor();
    await page.screenshot({ path: 'docs/data-access-tips.png' });

    await page.goto(`${WORKSPACE_FORM_URL}?aian=1`);
    const fill = page.locator('wbc-ws-prefill button[data-action="fill"]');
    await fill.waitFor();
    const lastName = page.locator('wbc-ws-prefill input[name="wbc-last-name"]');
    if (await lastName.count()) await lastName.fill('Garcia');
    await fill.click();
    await page.locator('wbc-ws-prefill [data-create]').waitFor();
    await page.locator('wbc-ws-prefill').screenshot({ path: 'docs/workspace-prefill.png' });
  } finally {
    await browser.close();
  }
  console.log('Wrote docs/data-access-tips.png and docs/workspace-prefill.png');
}

void main();
