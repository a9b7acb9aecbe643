import { describe, expect, inject, it } from 'vitest';
import { bundleSizes, GZIP_BUDGETS, LEGACY_COURSE_BUDGETS } from '../../scripts/lib/bundle-sizes';

// Sizes only: timings live in `npm run bench`, never in tests.
describe.each([
  { build: 'default course', dir: inject('extensionDir'), budgets: GZIP_BUDGETS },
  { build: 'legacy course', dir: inject('legacyExtensionDir'), budgets: LEGACY_COURSE_BUDGETS },
])('bundle size budgets (built extension, $build)', ({ dir, budgets }) => {
  const sizes = bundleSizes(dir, budgets);

  for (const [entry, budget] of Object.entries(budgets)) {
    it(`${entry} ≤ ${(budget / 1024).toFixed(0)} KB gzip`, () => {
      const size = sizes.find((s) => s.entry === entry);
      expect(size?.files.length, `${entry} was not found in the build`).toBeGreaterThan(0);
      expect(size!.gzip, `${entry}: ${size!.files.join(', ')}`).toBeLessThanOrEqual(budget);
    });
  }
});
