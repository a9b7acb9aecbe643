// Real-DOM Workbench snapshots are read in place, never copied into the repo.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

/** Paths resolve from the repository root, whatever directory the tests were started from. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SNAPSHOTS_DIR = resolve(REPO_ROOT, process.env.WORKBENCH_SNAPSHOTS_DIR ?? '../shared/workbench/snapshots');
export const hasSnapshots = existsSync(resolve(SNAPSHOTS_DIR, 'dar-nothing-done.html'));
// Under CI a test file that reads them (it.runIf(hasSnapshots) included) fails instead of skipping.
if (!hasSnapshots && process.env.CI === 'true') {
  throw new Error(
    `Workbench snapshots not found at ${SNAPSHOTS_DIR} (set WORKBENCH_SNAPSHOTS_DIR). They are required under CI.`,
  );
}

/** The snapshot pages by file name, or none where they are absent (a skipped describe still runs its body). */
export function snapshotFiles(): string[] {
  return hasSnapshots
    ? readdirSync(SNAPSHOTS_DIR)
        .filter((file) => file.endsWith('.html'))
        .sort()
    : [];
}

export function readSnapshot(file: string): string {
  return readFileSync(resolve(SNAPSHOTS_DIR, file), 'utf8');
}

/** describe() that needs the snapshots: skipped with a printed reason locally, a hard failure under CI. */
export function describeWithSnapshots(name: string, body: () => void): void {
  if (hasSnapshots) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    throw new Error(
      `Workbench snapshots not found at ${SNAPSHOTS_DIR} (set WORKBENCH_SNAPSHOTS_DIR). They are required under CI.`,
    );
  }
  console.log(`skipped "${name}": Workbench snapshots not found at ${SNAPSHOTS_DIR} (set WORKBENCH_SNAPSHOTS_DIR)`);
  describe.skip(name, body);
}

/** Puts a snapshot's body into the current (happy-dom) document and returns it. */
export function loadSnapshot(file: string, doc: Document = document): Document {
  loadHtml(readSnapshot(file), doc);
  return doc;
}

export function parseSnapshotHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function loadHtml(html: string, doc: Document = document): Document {
  const parsed = parseSnapshotHtml(html);
  doc.body.replaceWith(doc.importNode(parsed.body, true));
  return doc;
}
