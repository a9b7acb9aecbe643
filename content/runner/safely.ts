/** A page-facing callback's result, or the fallback when it throws (the page is untrusted and may change under us). */
export function safely<T, F>(work: () => T, fallback: F): T | F {
  try {
    return work();
  } catch {
    return fallback;
  }
}
