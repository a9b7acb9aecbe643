// The entries of selectors.ts as tables, for the unit tests and the options page's "check this tab".
// Functions rather than constants, so a content script importing a neighbour never ships the tables.
import * as entries from './selectors';
import type { Expected } from './selectors';

type Entries = typeof entries;
/** Every entry: CSS selectors and text matches. */
export type EntryName = Exclude<keyof Entries, `${string}_`>;
/** The CSS selectors only: what "check this tab" counts on a live page. */
export type SelectorName = {
  [K in EntryName]: `${K}_` extends keyof Entries
    ? Entries[`${K}_`] extends { within: string }
      ? never
      : Entries[K] extends string
        ? K
        : never
    : never;
}[EntryName];

export function entryNames(): EntryName[] {
  return Object.keys(entries).filter((name) => !name.endsWith('_')) as EntryName[];
}

export function expectationOf(name: EntryName): Expected {
  return (entries as unknown as Record<string, Expected>)[`${name}_`]!;
}

/** name → CSS for every selector (text matches left out). */
export function selectorTable(): Record<SelectorName, string> {
  const names = entryNames().filter((name) => expectationOf(name)?.within === undefined);
  return Object.fromEntries(names.map((name) => [name, entries[name]])) as Record<SelectorName, string>;
}

/** name → { snapshot file → count } for every selector. */
export function expectationTable(): Record<SelectorName, Record<string, number>> {
  return Object.fromEntries(
    Object.keys(selectorTable()).map((name) => {
      const { within: _within, unverified: _unverified, ...counts } = expectationOf(name as SelectorName);
      return [name, counts as Record<string, number>];
    }),
  ) as Record<SelectorName, Record<string, number>>;
}
