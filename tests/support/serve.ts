// Serves pages at their real URLs inside the test browser; nothing leaves the machine.
import type { BrowserContext, Request } from 'playwright-core';
import { readSnapshot } from './snapshots';

/** A non-HTML resource (e.g. a fixture's script) served at a Workbench URL. */
export interface PageResource {
  body: string;
  contentType: string;
}

export type Pages = Record<string, string | (() => string) | PageResource>;

export interface Served {
  /** Every request the browser tried to make that we did not serve. */
  unexpected: Request[];
}

/** Wraps a snapshot (a body's outerHTML) into a document titled like the Workbench. */
export function snapshotDocument(file: string, title = 'All of Us Researcher Workbench'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>${readSnapshot(file)}</html>`;
}

/** Routes every http(s) request: known URLs (query ignored) get their page, anything else a recorded 404. */
export async function servePages(context: BrowserContext, pages: Pages): Promise<Served> {
  const served: Served = { unexpected: [] };
  await context.route(/^https?:\/\//, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const key = `${url.origin}${url.pathname}`;
    const page = pages[key] ?? pages[request.url()];
    if (page !== undefined) {
      if (typeof page === 'object')
        await route.fulfill({ status: 200, contentType: page.contentType, body: page.body });
      else
        await route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: typeof page === 'function' ? page() : page,
        });
      return;
    }
    served.unexpected.push(request);
    await route.fulfill({ status: 404, body: '' });
  });
  return served;
}
