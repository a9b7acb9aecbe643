import { describe, expect, inject, it } from 'vitest';
import { bundleSizes } from '../../scripts/lib/bundle-sizes';

// Sizes only: timings live in `npm run bench`, never in tests.
describe('bundle size budgets (built extension)', () => {
  const sizes = bundleSizes(inject('extensionDir'));

  for (const size of sizes.filter((s) => s.budgetGzip)) {
    it(`${size.entry} ≤ ${(size.budgetGzip! / 1024).toFixed(0)} KB gzip`, () => {
      expect(size.files.length).toBeGreaterThan(0);
      expect(size.gzip, `${size.entry}: ${size.files.join(', ')}`).toBeLessThanOrEqual(size.budgetGzip!);
    });
  }
});
