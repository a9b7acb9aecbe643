// JS shipped per entrypoint (its own file plus the chunks it imports), raw and gzip.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrySize {
  entry: string;
  files: string[];
  raw: number;
  gzip: number;
  budgetGzip?: number;
}

/** The product's size goals: reported by `npm run bench`, enforced by the CI size test. */
export const GZIP_BUDGETS: Record<string, number> = {
  // Room for webextension-polyfill (through WXT's module, in every context) and the part of the built-in course it
  // reads.
  'workbench content script': 25 * 1024,
  'Researcher Workbench 2.0 content script': 25 * 1024,
  'google-403 content script': 6 * 1024,
  popup: 25 * 1024,
};

/** A `legacy` course's build also carries the legacy workspace form's prefill (about 7.5 KB gzip). */
export const LEGACY_COURSE_BUDGETS: Record<string, number> = { ...GZIP_BUDGETS, 'workbench content script': 28 * 1024 };

/** Follows static imports (`from"./chunks/x.js"`, `import "./x.js"`) from one file. */
function withImports(dir: string, file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(join(dir, file), 'utf8');
  for (const match of code.matchAll(/(?:from|import)\s*["'`](\/?[^"'`]+\.js)["'`]/g)) {
    const target = match[1]!.startsWith('/') ? match[1]!.slice(1) : join(file, '..', match[1]!);
    withImports(dir, target, seen);
  }
  return [...seen];
}

function scriptsOfPage(dir: string, html: string): string[] {
  const page = readFileSync(join(dir, html), 'utf8');
  return [...page.matchAll(/<script[^>]+src="\/?([^"]+)"/g)].flatMap((m) => withImports(dir, m[1]!));
}

function measureIn(dir: string, entry: string, files: string[], budgets: Record<string, number>): EntrySize {
  const unique = [...new Set(files)];
  const raw = unique.reduce((sum, f) => sum + readFileSync(join(dir, f)).length, 0);
  // Gzip the files together: that is closest to what one page load costs.
  const gzip = gzipSync(Buffer.concat(unique.map((f) => readFileSync(join(dir, f)))), { level: 9 }).length;
  return { entry, files: unique, raw, gzip, budgetGzip: budgets[entry] };
}

export function bundleSizes(extensionDir: string, budgets = GZIP_BUDGETS): EntrySize[] {
  const measure = (entry: string, files: string[]) => measureIn(extensionDir, entry, files, budgets);
  return [
    measure('workbench content script', withImports(extensionDir, 'content-scripts/workbench.js')),
    measure('Researcher Workbench 2.0 content script', withImports(extensionDir, 'content-scripts/rw2.js')),
    measure('google-403 content script', withImports(extensionDir, 'content-scripts/google-403.js')),
    measure('background', withImports(extensionDir, 'background.js')),
    measure('popup', scriptsOfPage(extensionDir, 'popup.html')),
    measure('options', scriptsOfPage(extensionDir, 'options.html')),
  ];
}
