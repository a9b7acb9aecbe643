// Time from the Workbench rendering an anchor element to our UI being visible beside it.
import type { BrowserContext } from 'playwright-core';
import { median, percentile } from './stats';

const SHELL = '<!doctype html><html><head><title>Workbench</title></head><body><div id="root"></div><div id="popup-root"></div></body></html>';

export interface AnchorScenario {
  name: string;
  url: string;
  /** The body HTML the SPA renders after load. */
  body: string;
}

export function shellPage(): string {
  return SHELL;
}

/** Inserts the page body and resolves with ms until a [data-wbc] host shows content with a size. */
async function measureOnce(context: BrowserContext, scenario: AnchorScenario): Promise<number | undefined> {
  const page = await context.newPage();
  await page.goto(scenario.url);
  await page.waitForLoadState('load');
  await page.waitForTimeout(150); // the content script runs at document_idle
  const elapsed = await page.evaluate(async (body) => {
    // Rendered = a host in the page whose shadow root holds our content; checking layout on every mutation
    // would itself cost a forced layout of the whole page, so visibility is confirmed once at the end.
    const rendered = () => [...document.querySelectorAll('[data-wbc]')].find((host) => host.shadowRoot?.querySelector('.wbc'));
    const visible = () => !!rendered();
    return new Promise<number | undefined>((resolve) => {
      let start = 0;
      const check = () => {
        if (!visible()) return;
        const elapsed = performance.now() - start;
        observer.disconnect();
        const inner = rendered()!.shadowRoot!.querySelector('.wbc')!;
        resolve(inner.getBoundingClientRect().height > 0 ? elapsed : undefined);
      };
      const observer = new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node instanceof HTMLElement && node.shadowRoot) observer.observe(node.shadowRoot, { childList: true, subtree: true });
        check();
      });
      observer.observe(document.body, { childList: true, subtree: true });
      setTimeout(() => resolve(undefined), 5000);
      const holder = document.createElement('div');
      holder.innerHTML = body;
      start = performance.now();
      document.getElementById('root')!.replaceWith(...holder.childNodes);
      check();
    });
  }, scenario.body);
  await page.close();
  return elapsed;
}

export async function anchorToUi(context: BrowserContext, scenario: AnchorScenario, runs: number) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ms = await measureOnce(context, scenario);
    if (ms !== undefined) samples.push(ms);
  }
  return samples.length ? { median: median(samples), p95: percentile(samples, 95), runs: samples.length } : undefined;
}
