// `run.waitFor`: waits on the one observer, never on a timer loop of its own.
import type { WaitFor } from '../../site/anchor';
import { safely } from './safely';
import type { PageWatcher } from './watcher';

/**
 * `run.waitFor` on a page watcher: the first truthy find(), now or on a page change; undefined when `signal` aborts or
 * after the timeout.
 */
export function waiterOn(page: PageWatcher, signal: AbortSignal): WaitFor {
  return (find, timeoutMs = 15_000) => {
    const first = safely(find, undefined);
    if (first || signal.aborted) return Promise.resolve(first || undefined);
    return new Promise((resolve) => {
      const waiting = new AbortController();
      const finish = (value: ReturnType<typeof find> | undefined) => {
        waiting.abort();
        clearTimeout(timer);
        resolve(value || undefined);
      };
      const timer = setTimeout(() => finish(undefined), timeoutMs);
      signal.addEventListener('abort', () => finish(undefined), { once: true, signal: waiting.signal });
      page.subscribe((pageChanged) => {
        const found = pageChanged && !signal.aborted && safely(find, undefined);
        if (found) finish(found);
      }, waiting.signal);
    });
  };
}
