import { browser } from 'wxt/browser';

const KEY = 'dismissedTips';

async function readDismissed(): Promise<string[]> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
}

export async function isTipDismissed(id: string): Promise<boolean> {
  return (await readDismissed()).includes(id);
}

export async function setTipDismissed(id: string, dismissed: boolean): Promise<void> {
  const current = new Set(await readDismissed());
  if (dismissed) current.add(id);
  else current.delete(id);
  await browser.storage.local.set({ [KEY]: [...current] });
}
