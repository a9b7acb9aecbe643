// The runner's one MutationObserver: every watcher, waiter and placement of every run listens to it.
import { safely } from './safely';

/** The one MutationObserver: every watcher, waiter and placement of every run listens to it. */
export interface PageWatcher {
  /** `pageChanged` is false when the batch only added, moved or removed our own hosts. */
  subscribe: (listener: (pageChanged: boolean) => void, signal: AbortSignal) => void;
  /** Marks one of our hosts: its own insertions and removals are not the page changing. */
  own: (host: Node) => void;
  disconnect: () => void;
}

export function watchPage(doc: Document): PageWatcher {
  const listeners = new Map<(pageChanged: boolean) => void, AbortSignal>();
  const ours = new WeakSet<Node>();
  // Stops at the first node not ours, without copying the lists (the parser's and React's batches can be long).
  const onlyOurs = (nodes: NodeList) => Array.prototype.every.call(nodes, (node: Node) => ours.has(node));
  const isOurs = (record: MutationRecord) =>
    record.type === 'childList'
      ? onlyOurs(record.addedNodes) && onlyOurs(record.removedNodes)
      : ours.has(record.target);
  // Called in the observer's own callback (a microtask after the page's change, before the next paint).
  const observer = new MutationObserver((records) => {
    const pageChanged = !records.every(isOurs);
    for (const [listener, signal] of [...listeners])
      if (!signal.aborted) safely(() => listener(pageChanged), undefined);
  });
  observer.observe(doc, { childList: true, subtree: true, attributes: true, characterData: true });
  return {
    subscribe(listener, signal) {
      if (signal.aborted) return;
      listeners.set(listener, signal);
      signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
    own: (host) => ours.add(host),
    disconnect: () => {
      observer.disconnect();
      listeners.clear();
    },
  };
}
