// The options page's "check this tab" on real Workbench DOM, served at its real URL.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeInChromium, WORKBENCH } from '../support/browser-suite';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { servePages, snapshotDocument } from '../support/serve';
import { hasSnapshots } from '../support/snapshots';

// The same page after an imagined Workbench release renamed its module markers.
const changedDar = () =>
  snapshotDocument('dar-mixed-prod-flags.html').replace(/data-test-id="module-/g, 'data-test-id="requirement-');

describeInChromium('options page diagnostics', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension(inject('extensionDir'));
    if (!hasSnapshots) return;
    await servePages(browser.context, {
      [`${WORKBENCH}/data-access-requirements`]: () => snapshotDocument('dar-mixed-prod-flags.html'),
      [`${WORKBENCH}/ras-callback`]: changedDar,
    });
  });
  afterAll(() => browser?.close());

  it('shows the build fingerprint recorded in the manifest', async () => {
    const manifest = await browser.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { getManifest: () => { version_name?: string } } } }
      ).chrome.runtime.getManifest(),
    );
    const fingerprint = /\(\S+ ([0-9a-f]{10})\)$/.exec(manifest.version_name ?? '')?.[1];
    expect(fingerprint).toBeDefined();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.locator('[data-testid="fingerprint"]').textContent()).toBe(fingerprint);
    await options.close();
  });

  it('says so when no Workbench tab is open', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Check open Workbench tabs' }).click();
    await expect.poll(() => options.locator('[data-testid="no-workbench-tab"]').count()).toBe(1);
    await options.close();
  });

  it.runIf(hasSnapshots)('lists found selectors on an intact page and missing ones on a changed page', async () => {
    const intact = await browser.context.newPage();
    await intact.goto(`${WORKBENCH}/data-access-requirements`);
    const changed = await browser.context.newPage();
    await changed.goto(`${WORKBENCH}/ras-callback?code=abc`);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const button = options.getByRole('button', { name: 'Check open Workbench tabs' });
    const reports = options.locator('[data-testid="tab-report"]');
    // Content scripts start at document_idle: ask again until both tabs answer.
    await expect
      .poll(
        async () => {
          await button.click();
          await options.locator('button:not([disabled])', { hasText: 'Check open Workbench tabs' }).waitFor();
          return reports.count();
        },
        { timeout: 15_000 },
      )
      .toBe(2);

    const good = reports.filter({ hasText: '/data-access-requirements' });
    expect(await good.getAttribute('data-kind')).toBe('dar');
    expect(await good.locator('tr[data-selector="darModule"]').getAttribute('data-verdict')).toBe('found');
    expect(await good.locator('tr[data-selector="darModuleStatus"]').getAttribute('data-verdict')).toBe('found');
    expect(await good.locator('[data-testid="diag-verdict"]').textContent()).toContain('Everything the guidance needs');
    expect(await good.locator('tr[data-selector="darCompleted"]').getAttribute('data-verdict')).toBe(
      'not-in-this-state',
    );

    const bad = reports.filter({ hasText: '/ras-callback' });
    expect(await bad.locator('tr[data-selector="darModule"]').getAttribute('data-verdict')).toBe('missing');
    expect(await bad.locator('tr[data-selector="darInitialHeader"]').getAttribute('data-verdict')).toBe('found');
    expect(await bad.locator('[data-testid="diag-verdict"]').textContent()).toMatch(/Missing: .*darModule/);
    await Promise.all([intact.close(), changed.close(), options.close()]);
  });
});
