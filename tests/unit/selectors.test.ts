import { describe, expect, it } from 'vitest';
import * as entries from '@/site/selectors';
import { entryNames, expectationOf, type EntryName } from '@/site/selector-table';
import { textOf } from '@/site/dom';
import { describeWithSnapshots, parseSnapshotHtml, readSnapshot } from '../support/snapshots';

const documents = new Map<string, Document>();
const snapshot = (file: string) => {
  if (!documents.has(file)) documents.set(file, parseSnapshotHtml(readSnapshot(file)));
  return documents.get(file)!;
};

/** A selector's matches, or for a text match the elements of `within` whose text it matches. */
function count(doc: Document, name: EntryName): number {
  const value: unknown = entries[name];
  const { within } = expectationOf(name);
  if (within === undefined) return doc.querySelectorAll(value as string).length;
  const texts = [...doc.querySelectorAll(within)].map(textOf);
  return texts.filter((text) => (value instanceof RegExp ? value.test(text) : text === value)).length;
}

const countsOf = (name: EntryName) =>
  Object.entries(expectationOf(name)).filter(([key]) => key.endsWith('.html')) as Array<[string, number]>;

describe('every entry of selectors.ts', () => {
  it('has its expectations beside it, and every expectation belongs to an entry', () => {
    const names = Object.keys(entries);
    expect(entryNames().filter((name) => !names.includes(`${name}_`))).toEqual([]);
    expect(names.filter((name) => name.endsWith('_') && !names.includes(name.slice(0, -1)))).toEqual([]);
  });

  it('is a selector or a text match with the elements it reads', () => {
    for (const name of entryNames()) {
      const value: unknown = entries[name];
      if (value instanceof RegExp)
        expect(expectationOf(name).within, `${name} is a pattern: it needs \`within\``).toBeTypeOf('string');
      else expect(value, name).toBeTypeOf('string');
      if (expectationOf(name).within === undefined)
        expect(() => document.querySelectorAll(value as string), name).not.toThrow();
    }
  });

  it('is seen at least once on a real snapshot, or says why no snapshot can show it', () => {
    const proven = (name: EntryName) => countsOf(name).some(([, n]) => n > 0);
    expect(entryNames().filter((name) => !proven(name) && !expectationOf(name).unverified)).toEqual([]);
    // An entry a snapshot does show is verified: a stale `unverified` tag would hide that.
    expect(entryNames().filter((name) => proven(name) && expectationOf(name).unverified)).toEqual([]);
  });
});

describeWithSnapshots('every entry matches the real Workbench DOM as expected', () => {
  for (const name of entryNames()) {
    for (const [file, expected] of countsOf(name)) {
      it(`${name} × ${file} = ${expected}`, () => {
        expect(count(snapshot(file), name), `${name} (${String(entries[name])}) on ${file}`).toBe(expected);
      });
    }
  }
});
