// The dates a progress record may carry (zod-free: the popup checks rows with it too).
/** Before the extension existed: no real record is older. */
export const EARLIEST_TIMESTAMP = Date.UTC(2020, 0, 1);
/** Far past any real journey, and well inside what a Date can show. */
export const LATEST_TIMESTAMP = Date.UTC(2100, 0, 1);

export function isSaneTimestamp(value: unknown): value is number {
  return typeof value === 'number' && value >= EARLIEST_TIMESTAMP && value <= LATEST_TIMESTAMP;
}
