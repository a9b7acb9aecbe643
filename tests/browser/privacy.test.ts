import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type BrowserContext } from 'playwright-core';
import { launchWithExtension, requireChromium, type ExtensionBrowser } from '../support/chromium';
import { writeLeakyExtension, LEAK_URLS } from '../support/leaky-extension';
import { recordPageRequests, requestsOnlyWithExtension, type PageRequest } from '../support/network-monitor';
import { describeInChromium, WORKBENCH } from '../support/browser-suite';
import { servePages, snapshotDocument, type Pages } from '../support/serve';
import { hasSnapshots } from '../support/snapshots';

const extensionDir = inject('extensionDir');
const CONTROL_URL = `${WORKBENCH}/control-page`;
const CONTROL_PAGE = `<!doctype html><title>Control</title><img src="${WORKBENCH}/page-logo.png" alt=""><input id="contact-email">`;
const PAGES: Pages = {
  'https://accounts.google.com/v3/signin/identifier': '<!doctype html><title>Sign in</title><h1>Sign in</h1>',
  ...(hasSnapshots
    ? {
        [`${WORKBENCH}/data-access-requirements`]: () => snapshotDocument('dar-mixed-prod-flags.html'),
        [`${WORKBENCH}/workspaces/build`]: () => snapshotDocument('workspace-edit-create-initial.html'),
        [`${WORKBENCH}/login`]: () => snapshotDocument('account-creation-institution.html'),
        [`${WORKBENCH}/workspaces/aou-rw-1/demo/about`]: () => snapshotDocument('workspace-share-modal.html'),
      }
    : {}),
};
const WEB_URLS = Object.keys(PAGES);

async function visit(context: BrowserContext, urls: string[]): Promise<void> {
  for (const url of urls) {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForLoadState('load');
    // Let content scripts and the popup finish their work (they report to the background).
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.waitForTimeout(250);
    await page.close();
  }
}

/** The same pages in a browser without any extension: what the pages ask for by themselves. */
async function pageRequestsWithoutExtension(pages: Pages, urls: string[]): Promise<PageRequest[]> {
  const plain = await chromium.launch({
    executablePath: requireChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const context = await plain.newContext();
  const seen = recordPageRequests(context);
  await servePages(context, pages);
  await visit(context, urls);
  await plain.close();
  return seen;
}

function builtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path) : [path];
  });
}

describe('built extension: permissions and code', () => {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));

  it('asks for exactly the committed permissions and host access (storage only)', () => {
    const access = {
      permissions: manifest.permissions ?? [],
      host_permissions: manifest.host_permissions ?? [],
      optional_permissions: manifest.optional_permissions ?? [],
      optional_host_permissions: manifest.optional_host_permissions ?? [],
      web_accessible_resources: manifest.web_accessible_resources ?? [],
      content_scripts: manifest.content_scripts.map((c: Record<string, string[]>) => ({
        js: c.js,
        matches: c.matches,
        exclude_matches: c.exclude_matches ?? [],
      })),
    };
    expect(access).toEqual(JSON.parse(readFileSync('tests/fixtures/manifest-access.json', 'utf8')));
    expect(access.permissions).toEqual(['storage']);
  });

  it('never matches identity-verification hosts', () => {
    const matches: string[] = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    for (const host of ['login.gov', 'id.me', 'sts.nih.gov']) expect(matches.join(' ')).not.toContain(host);
  });

  it('ships no eval, new Function or remote script loading', () => {
    const code = builtFiles(extensionDir).filter((f) => /\.(js|html|css)$/.test(f));
    expect(code.length).toBeGreaterThan(3);
    for (const file of code) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\beval\s*\(/);
      expect(text, file).not.toMatch(/new\s+Function\s*\(/);
      expect(text, file).not.toMatch(/importScripts\s*\(/);
      expect(text, file).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
      expect(text, file).not.toMatch(/import\s*\(\s*["'`]https?:/);
      // A remote image or font in our CSS would load with the page as its initiator.
      expect(text, file).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
      expect(text, file).not.toMatch(/@import\s+["']?(url\()?\s*["']?(https?:)?\/\//i);
    }
  });
});

describeInChromium('no network requests from any extension context', () => {
  it('the monitor catches a request the service worker makes (control)', async () => {
    const browser = await launchWithExtension(extensionDir);
    await browser.worker.evaluate(() => fetch('https://example.invalid/control').catch(() => undefined));
    await expect.poll(() => browser.networkViolations.length).toBeGreaterThan(0);
    expect(browser.networkViolations[0]).toMatchObject({
      from: 'service worker',
      url: 'https://example.invalid/control',
    });
    await browser.close({ allowNetwork: true });
  });

  describe('every extension context in use', () => {
    let browser: ExtensionBrowser;
    let pageRequests: PageRequest[];
    beforeAll(async () => {
      browser = await launchWithExtension(extensionDir);
      pageRequests = recordPageRequests(browser.context);
      await servePages(browser.context, PAGES);
    });
    afterAll(() => browser?.close({ allowNetwork: true }));

    it('popup, options, content scripts and the service worker make zero requests', async () => {
      await visit(browser.context, [
        `chrome-extension://${browser.extensionId}/popup.html`,
        `chrome-extension://${browser.extensionId}/options.html`,
        ...WEB_URLS,
      ]);
      expect(browser.networkViolations).toEqual([]);
    });

    it('web pages ask for nothing more with the extension than without it (images, stylesheets, fonts included)', async () => {
      expect(pageRequests.length).toBeGreaterThan(0);
      expect(requestsOnlyWithExtension(pageRequests, await pageRequestsWithoutExtension(PAGES, WEB_URLS))).toEqual([]);
    });
  });

  it("control: a content script's image, stylesheet and font are caught, the page's own image is not", async () => {
    const pages = { [CONTROL_URL]: CONTROL_PAGE };
    const leaky = await launchWithExtension(writeLeakyExtension(`${WORKBENCH}/*`));
    const seen = recordPageRequests(leaky.context);
    await servePages(leaky.context, pages);
    await visit(leaky.context, [CONTROL_URL]);
    const extra = requestsOnlyWithExtension(seen, await pageRequestsWithoutExtension(pages, [CONTROL_URL]));
    expect(extra.map((r) => r.url).sort()).toEqual(Object.values(LEAK_URLS).sort());
    expect(seen.map((r) => r.url)).toContain(`${WORKBENCH}/page-logo.png`);
    // A stylesheet a script adds names that script as its initiator: caught in every browser test, not only here.
    expect(leaky.networkViolations).toContainEqual(
      expect.objectContaining({
        url: LEAK_URLS.stylesheet,
        type: 'stylesheet',
        from: expect.stringContaining('/leak.js'),
      }),
    );
    await leaky.close({ allowNetwork: true });
  });
});
