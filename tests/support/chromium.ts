// Finds a Chromium for the browser tests and loads the built extension into it.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { monitorNetwork, type NetworkViolation } from './network-monitor';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Under CI a missing browser is a failure, never a skip. */
export function requireChromium(): string | undefined {
  const found = findChromium();
  if (!found && process.env.CI === 'true') {
    throw new Error(
      `No Chromium found (looked at CHROME_PATH and ${CANDIDATES.join(', ')}). Browser tests must run in CI: install the "chromium" package.`,
    );
  }
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  worker: Worker;
  /** Requests made from any extension context so far (must stay empty). */
  networkViolations: NetworkViolation[];
  /** Closes the browser; fails if any extension context made a network request. */
  close: (options?: { keepProfile?: boolean; allowNetwork?: boolean }) => Promise<void>;
}

export async function launchWithExtension(
  extensionDir: string,
  userDataDir = mkdtempSync(join(tmpdir(), 'wbc-profile-')),
  /** The browser's UI language (what chrome.i18n answers), e.g. "es"; the system's when left out. */
  language?: string,
): Promise<ExtensionBrowser> {
  const executablePath = requireChromium();
  if (!executablePath) throw new Error('No Chromium available');
  const dir = resolve(extensionDir);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      ...(language ? [`--lang=${language}`] : []),
    ],
  });
  const networkViolations = monitorNetwork(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    userDataDir,
    worker,
    networkViolations,
    close: async ({ keepProfile = false, allowNetwork = false } = {}) => {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
      if (!allowNetwork && networkViolations.length > 0) {
        throw new Error(`The extension made network requests: ${JSON.stringify(networkViolations, null, 1)}`);
      }
    },
  };
}
