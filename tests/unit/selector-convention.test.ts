// Features and helpers read the Workbench only through named entries of site/selectors.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../support/snapshots';

import { SOURCE_DIRS } from '../support/source-layout';
const QUERY_WITH_LITERAL =
  /\b(?:querySelector|querySelectorAll|closest|matches|query|queryAll|waitForElement)(?:<[^>]*>)?(?:\?\.)?\((?:[^,()'"`]+,\s*)?(['"`])((?:(?!\1).)*)\1/g;
/**
 * Allowed: our own UI (tags and classes start with wbc; its buttons and actions), the document body, named entries
 * combined.
 */
const ALLOWED = /^(?:wbc-|\.wbc|\[data-wbc|\[data-action=|button$|body$|(?:\$\{sel\.\w+\}(?:, )?)+$)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function rawSelectors(source: string): string[] {
  return [...source.matchAll(QUERY_WITH_LITERAL)].map((match) => match[2]!).filter((css) => !ALLOWED.test(css));
}

it('finds a raw selector when one is written (control)', () => {
  expect(rawSelectors(`row.querySelector('[data-test-id="next-module-cta"]')`)).toEqual([
    '[data-test-id="next-module-cta"]',
  ]);
  expect(rawSelectors('waitForElement(document.body, `[data-test-id^="module-"]`, signal)')).toEqual([
    '[data-test-id^="module-"]',
  ]);
  expect(rawSelectors(`query<HTMLInputElement>(doc, 'input#zip')`)).toEqual(['input#zip']);
  expect(rawSelectors("scope.querySelectorAll?.('label[for]')")).toEqual(['label[for]']);
  expect(
    rawSelectors(`panel.querySelectorAll('button'); doc.querySelector('wbc-ws-next-about'); query(doc, sel.zipCode)`),
  ).toEqual([]);
});

it('no source file outside site/selectors.ts writes a raw selector', () => {
  const found = SOURCE_DIRS.flatMap(sourceFiles)
    .filter((file) => file !== join('site', 'selectors.ts'))
    .flatMap((file) =>
      rawSelectors(readFileSync(join(REPO_ROOT, file), 'utf8')).map((css) => `${relative('.', file)}: ${css}`),
    );
  expect(found).toEqual([]);
});
