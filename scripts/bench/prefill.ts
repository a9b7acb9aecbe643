import type { ExtensionBrowser } from '../../tests/support/chromium';

/** Filled in once the prefill fixture exists. */
export async function prefillClickToApplied(_browser: ExtensionBrowser, _runs: number): Promise<{ median: number; p95: number; runs: number } | undefined> {
  return undefined;
}
