import { describe, expect, inject, it } from 'vitest';
import { bundleSizes, GZIP_BUDGETS } from '../../scripts/lib/bundle-sizes';

// Sizes only: timings live in `npm run bench`, never in tests.
describe('bundle size budgets (built extension)', () => {
  const sizes = bundleSizes(inject('extensionDir'));

  for (const [entry, budget] of Object.entries(GZIP_BUDGETS)) {
    it(`${entry} ≤ ${(budget / 1024).toFixed(0)} KB gzip`, () => {
      const size = sizes.find((s) => s.entry === entry);
      expect(size?.files.length, `${entry} was not found in the build`).toBeGreaterThan(0);
      expect(size!.gzip, `${entry}: ${size!.files.join(', ')}`).toBeLessThanOrEqual(budget);
    });
  }
});
