/** Resolves with the first truthy find() result, re-checking as the page renders; undefined if aborted or timed out. */
export function waitUntil<T>(root: Node, find: () => T | null | undefined | false, signal: AbortSignal, timeoutMs = 15_000): Promise<T | undefined> {
  const first = find();
  if (first || signal.aborted) return Promise.resolve(first || undefined);
  return new Promise((resolve) => {
    const done = (value: T | undefined) => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => done(undefined);
    const observer = new MutationObserver(() => {
      const found = find();
      if (found) done(found);
    });
    const timer = setTimeout(() => done(undefined), timeoutMs);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
