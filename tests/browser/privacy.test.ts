import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { describeInChromium, WORKBENCH } from '../support/browser-suite';
import { servePages, snapshotDocument } from '../support/serve';
import { hasSnapshots } from '../support/snapshots';

const extensionDir = inject('extensionDir');

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
      content_scripts: manifest.content_scripts.map((c: Record<string, string[]>) => ({ js: c.js, matches: c.matches, exclude_matches: c.exclude_matches ?? [] })),
    };
    expect(access).toEqual(JSON.parse(readFileSync('tests/fixtures/manifest-access.json', 'utf8')));
    expect(access.permissions).toEqual(['storage']);
  });

  it('never matches identity-verification hosts', () => {
    const matches: string[] = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    for (const host of ['login.gov', 'id.me', 'sts.nih.gov']) expect(matches.join(' ')).not.toContain(host);
  });

  it('ships no eval, new Function or remote script loading', () => {
    const code = builtFiles(extensionDir).filter((f) => /\.(js|html)$/.test(f));
    expect(code.length).toBeGreaterThan(3);
    for (const file of code) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\beval\s*\(/);
      expect(text, file).not.toMatch(/new\s+Function\s*\(/);
      expect(text, file).not.toMatch(/importScripts\s*\(/);
      expect(text, file).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
      expect(text, file).not.toMatch(/import\s*\(\s*["'`]https?:/);
    }
  });
});

describeInChromium('no network requests from any extension context', () => {
  it('the monitor catches a request the service worker makes (control)', async () => {
    const browser = await launchWithExtension(extensionDir);
    await browser.worker.evaluate(() => fetch('https://example.invalid/control').catch(() => undefined));
    await expect.poll(() => browser.networkViolations.length).toBeGreaterThan(0);
    expect(browser.networkViolations[0]).toMatchObject({ from: 'service worker', url: 'https://example.invalid/control' });
    await browser.close({ allowNetwork: true });
  });

  describe('every extension context in use', () => {
    let browser: ExtensionBrowser;
    beforeAll(async () => {
      browser = await launchWithExtension(extensionDir);
      await servePages(browser.context, {
        'https://accounts.google.com/v3/signin/identifier': '<!doctype html><title>Sign in</title><h1>Sign in</h1>',
        ...(hasSnapshots
          ? {
              [`${WORKBENCH}/data-access-requirements`]: () => snapshotDocument('dar-mixed-prod-flags.html'),
              [`${WORKBENCH}/workspaces/build`]: () => snapshotDocument('workspace-edit-create-initial.html'),
              [`${WORKBENCH}/login`]: () => snapshotDocument('account-creation-institution.html'),
              [`${WORKBENCH}/workspaces/aou-rw-1/demo/about`]: () => snapshotDocument('workspace-share-modal.html'),
            }
          : {}),
      });
    });
    afterAll(() => browser?.close({ allowNetwork: true }));

    it('popup, options, content scripts and the service worker make zero requests', async () => {
      const urls = [
        `chrome-extension://${browser.extensionId}/popup.html`,
        `chrome-extension://${browser.extensionId}/options.html`,
        'https://accounts.google.com/v3/signin/identifier',
        ...(hasSnapshots
          ? [`${WORKBENCH}/data-access-requirements`, `${WORKBENCH}/workspaces/build`, `${WORKBENCH}/login`, `${WORKBENCH}/workspaces/aou-rw-1/demo/about`]
          : []),
      ];
      for (const url of urls) {
        const page = await browser.context.newPage();
        await page.goto(url);
        await page.waitForLoadState('load');
        // Let content scripts and the popup finish their work (they report to the background).
        await page.waitForFunction(() => document.readyState === 'complete');
        await page.waitForTimeout(250);
        await page.close();
      }
      expect(browser.networkViolations).toEqual([]);
    });
  });
});
