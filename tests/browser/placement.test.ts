// Our UI is in the page's first painted frame of its anchor, moves nothing the page had painted (layout shift),
// and sits beside the Workbench's controls, never on top of one. Both React fixtures and the DAR page as React
// renders it (content after load).
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { describeInChromium } from '../support/browser-suite';
import { servePages } from '../support/serve';
import { describeWithSnapshots } from '../support/snapshots';
import { DAR_URL, darPages } from '../fixtures/dar-page';
import { WORKSPACE_FORM_URL, workspaceFormPages } from '../fixtures/workspace-form';

interface Scenario {
  name: string;
  url: string;
  /** The page's own element and the host of our UI that belongs beside it. */
  anchor: string;
  ours: string;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'workspace form, AI/AN layout',
    url: `${WORKSPACE_FORM_URL}?aian=1`,
    anchor: 'input[data-test-id="workspace-name"]',
    ours: 'wbc-ws-name',
  },
  {
    name: 'workspace form, layout without AI/AN',
    url: `${WORKSPACE_FORM_URL}?aian=0`,
    anchor: '[data-test-id="review-request-btn-false"]',
    ours: 'wbc-ws-review',
  },
  {
    name: 'Data Access Requirements (content after load)',
    url: DAR_URL,
    anchor: '[data-test-id="module-IDENTITY"]',
    ours: 'wbc-tip-dar-identity',
  },
];

/**
 * Before any page script: every animation frame notes whether the anchor and our host are in the page; layout shifts
 * are summed.
 */
const PROBE = `(() => {
  const w = window;
  w.__frames = [];
  w.__cls = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) w.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  const frame = () => {
    const probe = w.__probe;
    if (probe) w.__frames.push([!!document.querySelector(probe.anchor), !!document.querySelector(probe.ours)]);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

async function open(context: BrowserContext, scenario: Scenario): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(
    `window.__probe = ${JSON.stringify({ anchor: scenario.anchor, ours: scenario.ours })};${PROBE}`,
  );
  await page.goto(scenario.url);
  await page.locator(scenario.anchor).waitFor({ timeout: 10_000 });
  // Let the page settle (layout shifts are reported after the frame they happen in).
  await page.waitForTimeout(800);
  return page;
}

const cls = (page: Page) => page.evaluate(() => (window as unknown as { __cls: number }).__cls);

describeInChromium('placement', () => {
  describeWithSnapshots('on React pages', () => {
    let browser: ExtensionBrowser;
    let plain: Browser;
    let plainContext: BrowserContext;

    beforeAll(async () => {
      browser = await launchWithExtension(inject('legacyExtensionDir'));
      plain = await chromium.launch({
        executablePath: inject('chromiumPath'),
        headless: true,
        args: ['--no-sandbox', '--disable-gpu'],
      });
      plainContext = await plain.newContext();
      const pages = { ...workspaceFormPages({ aian: true }), ...darPages() };
      await servePages(browser.context, pages);
      await servePages(plainContext, pages);
    });
    afterAll(async () => {
      await plain?.close();
      await browser?.close();
    });

    for (const scenario of SCENARIOS) {
      it(`${scenario.name}: the first frame with the page's anchor already has our UI`, async () => {
        const page = await open(browser.context, scenario);
        const frames = await page.evaluate(
          () => (window as unknown as { __frames: Array<[boolean, boolean]> }).__frames,
        );
        const first = frames.findIndex(([anchor]) => anchor);
        expect(first, 'the probe saw the anchor').toBeGreaterThanOrEqual(0);
        expect(frames[first], `frame ${first} of ${frames.length}`).toEqual([true, true]);
        await page.close();
      });

      it(`${scenario.name}: added layout shift ≤ 0.01 (with vs without the extension)`, async () => {
        const withExtension = await open(browser.context, scenario);
        const without = await open(plainContext, scenario);
        const added = (await cls(withExtension)) - (await cls(without));
        expect(added).toBeLessThanOrEqual(0.01);
        await withExtension.close();
        await without.close();
      });

      it(`${scenario.name}: none of our UI overlaps a Workbench control`, async () => {
        const page = await open(browser.context, scenario);
        const overlaps = await page.evaluate(() => {
          const controls = [
            ...document.querySelectorAll(
              'button, input, select, textarea, a[href], label, [role="button"], [role="radio"], [role="checkbox"], [role="combobox"]',
            ),
          ]
            .filter((el) => !el.closest('[data-wbc]'))
            .map((el) => ({ el, box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 0 && box.height > 0);
          const found: string[] = [];
          for (const host of document.querySelectorAll('[data-wbc]')) {
            const ours = host.getBoundingClientRect();
            if (ours.width === 0 || ours.height === 0) continue;
            for (const { el, box } of controls) {
              const apart =
                box.right <= ours.left || box.left >= ours.right || box.bottom <= ours.top || box.top >= ours.bottom;
              if (!apart) found.push(`${host.localName} × ${el.outerHTML.slice(0, 80)}`);
            }
          }
          return { hosts: document.querySelectorAll('[data-wbc]').length, found };
        });
        expect(overlaps.hosts).toBeGreaterThan(0);
        expect(overlaps.found).toEqual([]);
        await page.close();
      });
    }
  });
});
