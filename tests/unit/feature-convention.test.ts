// Every feature file is registered with the runner and listed in the README's feature table.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { features as rw2Features } from '@/content/rw2/features';
import { legacyFormFeatures, features as workbenchFeatures } from '@/content/workbench/features';
import type { Feature } from '@/content/runner/feature-runner';

// Each content script's folder of features, with the list it registers.
const SCRIPTS = [
  // A default (rw2) course registers the legacy form's features only in a `legacy` course's build.
  { dir: 'content/workbench/features', features: [...workbenchFeatures, ...legacyFormFeatures] },
  { dir: 'content/rw2/features', features: rw2Features },
];
const readme = readFileSync('README.md', 'utf8');
const featureTable = readme.slice(
  readme.indexOf('## Features'),
  readme.indexOf('\n## ', readme.indexOf('## Features') + 1),
);

describe.each(SCRIPTS)('feature files in $dir', ({ dir: DIR, features }) => {
  const files = readdirSync(DIR).filter((file) => /\.tsx?$/.test(file) && file !== 'index.ts');

  it('there are feature files to check', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  for (const file of files) {
    it(`${file} exports a feature that is registered`, async () => {
      const module = (await import(/* @vite-ignore */ `@/${DIR}/${file.replace(/\.tsx?$/, '')}`)) as Record<
        string,
        unknown
      >;
      const exported = Object.values(module).filter(
        (value): value is Feature =>
          typeof value === 'object' && value !== null && 'init' in value && 'include' in value,
      );
      expect(exported, `${file} defines no feature`).toHaveLength(1);
      expect(features).toContain(exported[0]);
    });

    it(`${file} is listed in the README feature table`, () => {
      // Named as in `features/registration-tips.ts` or `account-progress.ts`, extension included.
      expect(featureTable).toMatch(new RegExp(`[\`/]${file.replace('.', '\\.')}\``));
    });
  }

  it('every registered feature has a unique id', () => {
    expect(new Set(features.map((feature) => feature.id)).size).toBe(features.length);
  });
});

it("a default (rw2) course leaves the legacy form's prefill out of the Workbench features", () => {
  expect(legacyFormFeatures.length).toBeGreaterThan(0);
  for (const feature of legacyFormFeatures) expect(workbenchFeatures).not.toContain(feature);
});
