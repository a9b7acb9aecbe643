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
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Resolves with the first match, waiting for the page to render it; undefined if aborted or timed out. */
export function waitForElement<E extends Element = HTMLElement>(root: ParentNode & Node, css: string, signal: AbortSignal, timeoutMs = 15_000): Promise<E | undefined> {
  return waitUntil(root, () => root.querySelector<E>(css), signal, timeoutMs);
}

/** Calls back (at most once per frame) while the page changes, until the run is aborted. */
export function onPageChange(root: Node, signal: AbortSignal, callback: () => void): void {
  let scheduled = false;
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      if (!signal.aborted) callback();
    });
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/** The text as the DOM holds it (buttons are uppercased by CSS only), whitespace folded. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** querySelector typed for the Workbench's elements (selectors come from `selectors.ts`). */
export function query<E extends Element = HTMLElement>(root: ParentNode, css: string): E | null {
  return root.querySelector<E>(css);
}

export function queryAll<E extends Element = HTMLElement>(root: ParentNode, css: string): E[] {
  return [...root.querySelectorAll<E>(css)];
}
