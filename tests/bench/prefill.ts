// "Fill educational answers" click → every field applied, on the interactive React form fixture, both layouts.
import type { ExtensionBrowser } from '../support/chromium';
import { servePages } from '../support/serve';
import { WORKSPACE_FORM_URL, workspaceFormPages } from '../fixtures/workspace-form';
import { ourUi, until } from '../support/our-ui';
import { median, percentile } from './stats';

export async function prefillClickToApplied(browser: ExtensionBrowser, runs: number) {
  await servePages(browser.context, workspaceFormPages({ aian: true }));
  const applied: number[] = [];
  const page = await browser.context.newPage();
  try {
    for (const aian of [true, false]) {
      for (let run = 0; run < runs; run++) {
        await page.goto(`${WORKSPACE_FORM_URL}?aian=${aian ? 1 : 0}`);
        const panel = ourUi(page, 'wbc-ws-prefill');
        await until(() => panel.count('button[data-action="fill"]'));
        if (await panel.count('input[name="wbc-last-name"]')) await panel.fill('input[name="wbc-last-name"]', 'Garcia');
        // Timestamps come from inside the page (the click reaching the panel's host, the first field the fill changes):
        // the panel's closed root keeps the page out, so "applied" is the page's own last field changing.
        await page.evaluate(() => {
          const w = window as unknown as Record<string, number>;
          document.addEventListener(
            'pointerdown',
            (e) => {
              if ((e.target as Element).localName === 'wbc-ws-prefill') w.clickAt = performance.now();
            },
            { capture: true },
          );
          new MutationObserver(() => (w.doneAt = performance.now())).observe(document.getElementById('root')!, {
            subtree: true,
            childList: true,
            attributes: true,
            characterData: true,
          });
        });
        await panel.click('button[data-action="fill"]');
        await until(() => panel.count('[data-create]'));
        applied.push(
          await page.evaluate(() => {
            const w = window as unknown as Record<string, number>;
            return w.doneAt! - w.clickAt!;
          }),
        );
      }
    }
  } finally {
    await page.close();
  }
  return { median: median(applied), p95: percentile(applied, 95), runs: applied.length };
}
