import { browser } from 'wxt/browser';

/** Writes a local-storage copy only when it differs, so listeners (open pages, popups) wake only for real changes. */
export async function writeIfChanged(key: string, next: unknown): Promise<void> {
  const stored = (await browser.storage.local.get(key))[key];
  if (JSON.stringify(stored) === JSON.stringify(next)) return;
  await browser.storage.local.set({ [key]: next });
}
