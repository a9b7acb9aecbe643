import { dismissedTips } from '../../state/items';

// Read once per page and kept current, so a tip can render in the same frame its anchor appears.
let cache: Set<string> | undefined;
let loading: Promise<Set<string>> | undefined;

async function readDismissed(): Promise<Set<string>> {
  const stored: unknown = await dismissedTips.getValue();
  return new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []);
}

/** Starts (or returns) the one read of the dismissed tips. */
export function preloadTipDismissals(): Promise<Set<string>> {
  loading ??= readDismissed().then((ids) => (cache = ids));
  return loading;
}

/** Known synchronously once preloaded; undefined before. */
export function tipDismissedNow(id: string): boolean | undefined {
  return cache?.has(id);
}

export async function isTipDismissed(id: string): Promise<boolean> {
  return (await preloadTipDismissals()).has(id);
}

export async function setTipDismissed(id: string, dismissed: boolean): Promise<void> {
  const apply = (ids: Set<string>) => {
    if (dismissed) ids.add(id);
    else ids.delete(id);
    return ids;
  };
  // Known at once, so a tip redrawn before the write lands keeps the trainee's choice.
  if (cache) apply(cache);
  const current = apply(await readDismissed());
  cache = current;
  await dismissedTips.setValue([...current]);
}

/** For tests: forget what was read. */
export function resetTipDismissalCache(): void {
  cache = undefined;
  loading = undefined;
}
