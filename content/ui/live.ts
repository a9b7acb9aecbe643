import type { FeatureRun } from '@/content/runner/feature-runner';

/** A value read from the page that stays current while the run lasts. */
export interface Live<T> {
  get: () => T;
  subscribe: (listener: () => void) => () => void;
}

/** Re-reads on every page change; listeners hear only real changes (compared as JSON, so keep T plain data). */
export function livePageValue<T>(run: Pick<FeatureRun, 'watch'>, read: () => T): Live<T> {
  let current = read();
  let key = JSON.stringify(current);
  const listeners = new Set<() => void>();
  run.watch(() => {
    const next = read();
    const nextKey = JSON.stringify(next);
    if (nextKey === key) return;
    current = next;
    key = nextKey;
    for (const listener of [...listeners]) listener();
  });
  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
