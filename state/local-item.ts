// A typed storage.local value with the surface of WXT's storage item: WXT's own `storage.defineItem` adds 3.7 KB gzip
// to the Workbench content script (its budget is 25 KB).
import { browser } from 'wxt/browser';

export interface StorageItem<T> {
  /** "local:<key in storage.local>", as WXT writes it. */
  key: `local:${string}`;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls back on every real change (from any context); returns the unsubscribe. */
  watch(callback: (next: T, previous: T) => void): () => void;
}

export function defineItem<T>(key: `local:${string}`): StorageItem<T | null>;
export function defineItem<T>(key: `local:${string}`, options: { fallback: T }): StorageItem<T>;
export function defineItem<T>(key: `local:${string}`, options?: { fallback: T }): StorageItem<T | null> {
  const name = key.slice('local:'.length);
  const orFallback = (value: unknown) => (value ?? options?.fallback ?? null) as T | null;
  return {
    key,
    getValue: async () => orFallback((await browser.storage.local.get(name))[name]),
    setValue: (value) => browser.storage.local.set({ [name]: value }),
    removeValue: () => browser.storage.local.remove(name),
    watch(callback) {
      const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
        const change = changes[name];
        if (area !== 'local' || !change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
        callback(orFallback(change.newValue), orFallback(change.oldValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
