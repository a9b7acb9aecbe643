import { describe, inject } from 'vitest';

/** describe() for real-Chromium tests: a printed skip locally without a browser, never in CI (setup throws there). */
export function describeInChromium(name: string, body: () => void): void {
  if (inject('chromiumPath')) {
    describe(name, body);
    return;
  }
  console.log(`skipped "${name}": no Chromium found (set CHROME_PATH)`);
  describe.skip(name, body);
}

export const WORKBENCH = 'https://workbench.researchallofus.org';
