// "Fill educational answers" click → every field applied, on the interactive React form fixture, both layouts.
import type { ExtensionBrowser } from '../../tests/support/chromium';
import { servePages } from '../../tests/support/serve';
import { WORKSPACE_FORM_URL, workspaceFormPages } from '../../tests/fixtures/workspace-form';
import { median, percentile } from './stats';

export async function prefillClickToApplied(browser: ExtensionBrowser, runs: number) {
  await servePages(browser.context, workspaceFormPages({ aian: true }));
  const applied: number[] = [];
  const page = await browser.context.newPage();
  try {
    for (const aian of [true, false]) {
      for (let run = 0; run < runs; run++) {
        await page.goto(`${WORKSPACE_FORM_URL}?aian=${aian ? 1 : 0}`);
        const fill = page.locator('wbc-ws-prefill button[data-action="fill"]');
        await fill.waitFor();
        const lastName = page.locator('wbc-ws-prefill input[name="wbc-last-name"]');
        if (await lastName.count()) await lastName.fill('Garcia');
        // Timestamps come from inside the page (the click reaching the document, the result list appearing),
        // so Playwright's own round trips are not counted.
        await page.evaluate(() => {
          const w = window as unknown as Record<string, number>;
          const host = document.querySelector('wbc-ws-prefill')!.shadowRoot!;
          document.addEventListener('click', (e) => e.composedPath().some((n) => (n as HTMLElement).dataset?.action === 'fill') && (w.clickAt = performance.now()), { capture: true });
          new MutationObserver(() => host.querySelector('[data-create]') && !w.doneAt && (w.doneAt = performance.now())).observe(host, { subtree: true, childList: true });
        });
        await fill.click();
        await page.waitForFunction(() => ((window as unknown as Record<string, number>).doneAt ?? 0) > 0);
        applied.push(await page.evaluate(() => {
          const w = window as unknown as Record<string, number>;
          return w.doneAt! - w.clickAt!;
        }));
      }
    }
  } finally {
    await page.close();
  }
  return { median: median(applied), p95: percentile(applied, 95), runs: applied.length };
}
