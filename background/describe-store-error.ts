// The store's failures in words the popup can show (the reason a save waits, or a write was refused).
export function describeStoreError(error: unknown): string {
  const name = (error as DOMException)?.name;
  if (name === 'QuotaExceededError') return 'The browser has no room left to save progress (storage quota exceeded).';
  return (error as Error)?.message || String(error);
}
