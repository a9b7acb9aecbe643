import { expect, it } from 'vitest';
import { selectorExpectations, selectors, type SelectorName } from '@/utils/selector-table';
import { describeWithSnapshots, readSnapshot } from '../support/snapshots';

const documents = new Map<string, Document>();
const snapshot = (file: string) => {
  if (!documents.has(file)) documents.set(file, new DOMParser().parseFromString(readSnapshot(file), 'text/html'));
  return documents.get(file)!;
};

describeWithSnapshots('every selector matches the real Workbench DOM as expected', () => {
  for (const [name, css] of Object.entries(selectors) as Array<[SelectorName, string]>) {
    for (const [file, count] of Object.entries(selectorExpectations[name])) {
      it(`${name} × ${file} = ${count}`, () => {
        expect(snapshot(file).querySelectorAll(css).length, `selector "${name}" (${css}) on ${file}`).toBe(count);
      });
    }
  }

  it('every selector is checked against at least one snapshot', () => {
    const unchecked = (Object.keys(selectors) as SelectorName[]).filter((name) => Object.keys(selectorExpectations[name] ?? {}).length === 0);
    expect(unchecked).toEqual([]);
  });
});
