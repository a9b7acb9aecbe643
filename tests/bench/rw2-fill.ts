// "Fill" click → the page valid, on each question page of the Research Use Statement form of the Material UI Part 3
// fixture (the form opened at that page over a seeded workspace). Both times are taken inside the page: the click
// reaching the panel's host, and the first page change after which the fixture counts the page as valid (its Next
// button enabling is such a change).
import type { ExtensionBrowser } from '../support/chromium';
import { servePages } from '../support/serve';
import { RW2_PART3_SEED_ID, rw2Part3Pages, rw2Part3WorkspaceUrl } from '../fixtures/rw2-part3';
import { clickSeen, until } from '../support/our-ui';
import { median, percentile } from './stats';

/** The form's question pages (8 only shows the answers). */
export const RUS_QUESTION_PAGES = [1, 2, 3, 4, 5, 6, 7];

export async function rw2FillToValid(browser: ExtensionBrowser, runs: number) {
  const byPage: Array<{ page: number; median: number; p95: number; runs: number }> = [];
  const tab = await browser.context.newPage();
  try {
    for (const n of RUS_QUESTION_PAGES) {
      await servePages(
        browser.context,
        rw2Part3Pages({ tier: 'controlled', seed: 'workspace', open: 'research-use-statement', rusPage: n }),
      );
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        await tab.goto(rw2Part3WorkspaceUrl(RW2_PART3_SEED_ID));
        const fill = tab.locator('wbc-rw2-purpose button[data-action="fill"]');
        await until(async () => (await fill.count()) === 1, 30_000);
        await tab.evaluate((index) => {
          const w = window as unknown as Record<string, number>;
          const valid = () => (window as unknown as { __part3: { rusPagesValid: boolean[] } }).__part3.rusPagesValid;
          document.addEventListener(
            'pointerdown',
            (e) => {
              if ((e.target as Element).localName === 'wbc-rw2-purpose') w.clickAt = performance.now();
            },
            { capture: true },
          );
          new MutationObserver(() => {
            if (!w.validAt && w.clickAt && valid()[index]) w.validAt = performance.now();
          }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        }, n - 1);
        // A click counts once the button has been seen uncovered for a moment (content/ui: real clicks only).
        await clickSeen(fill);
        await until(() => tab.evaluate(() => ((window as unknown as Record<string, number>).validAt ?? 0) > 0), 30_000);
        times.push(
          await tab.evaluate(() => {
            const w = window as unknown as Record<string, number>;
            return w.validAt! - w.clickAt!;
          }),
        );
      }
      byPage.push({ page: n, median: median(times), p95: percentile(times, 95), runs: times.length });
    }
  } finally {
    await tab.close();
  }
  return byPage;
}
