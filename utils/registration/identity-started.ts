// Remembers that the trainee started identity verification (pressed Get Started), so a row still grey
// after they come back can be explained. Only the moment is kept, nothing about the verification.
import { browser } from 'wxt/browser';

const KEY = 'identityStartedAt';

export async function noteIdentityStarted(at = Date.now()): Promise<void> {
  await browser.storage.local.set({ [KEY]: at });
}

export async function identityStartedAt(): Promise<number | undefined> {
  const value = (await browser.storage.local.get(KEY))[KEY];
  return typeof value === 'number' ? value : undefined;
}
