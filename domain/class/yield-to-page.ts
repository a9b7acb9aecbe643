// Long work split into slices: between them the page handles clicks and key presses and paints.

/** Back to the event loop (scheduler.yield resumes ahead of other queued work where the browser has it). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A slice's length: well under the 50 ms a user notices, so a slice plus the page's own work stays short. */
export const SLICE_MS = 10;

/** Call between units of work: yields once the current slice has run SLICE_MS, then reports (onYield). */
export function timeSlicer(onYield: () => void = () => undefined, sliceMs = SLICE_MS): () => Promise<void> {
  let start = performance.now();
  return async () => {
    if (performance.now() - start < sliceMs) return;
    onYield();
    await yieldToPage();
    start = performance.now();
  };
}
