// One bound for everything one pick brings (its files and every zip's entries together): a few zips within their
// own limits could otherwise unpack to gigabytes between them.

export interface PickLimits {
  /** Files read in one pick, zip entries included (a class is a few hundred; 5,000 is a very large one). */
  maxFiles: number;
  /** Bytes read in one pick, as unpacked: what the page holds at most while checking them. */
  maxBytes: number;
}

export const PICK_LIMITS: PickLimits = { maxFiles: 10_000, maxBytes: 100 * 1024 * 1024 };

/** Counts what a pick has read; once a file does not fit, the pick is over and every later file is left unread. */
export class PickBudget {
  files = 0;
  bytes = 0;
  over = false;

  constructor(readonly limits: PickLimits = PICK_LIMITS) {}

  /** One more file of `bytes` (0 when it is not read): false, from then on, once it would pass the bound. */
  take(bytes: number): boolean {
    if (!this.over && this.files + 1 <= this.limits.maxFiles && this.bytes + bytes <= this.limits.maxBytes) {
      this.files += 1;
      this.bytes += bytes;
      return true;
    }
    this.over = true;
    return false;
  }
}
