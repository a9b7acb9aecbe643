import { expect, it } from 'vitest';
import { selectors } from '@/utils/selectors';
import { describeWithSnapshots, readSnapshot } from '../support/snapshots';

const documents = new Map<string, Document>();
const snapshot = (file: string) => {
  if (!documents.has(file)) documents.set(file, new DOMParser().parseFromString(readSnapshot(file), 'text/html'));
  return documents.get(file)!;
};

describeWithSnapshots('every selector matches the real Workbench DOM as expected', () => {
  for (const [name, spec] of Object.entries(selectors)) {
    for (const [file, count] of Object.entries(spec.expect)) {
      it(`${name} × ${file} = ${count}`, () => {
        expect(snapshot(file).querySelectorAll(spec.css).length, `selector "${name}" (${spec.css}) on ${file}`).toBe(count);
      });
    }
  }

  it('every selector is checked against at least one snapshot', () => {
    const unchecked = Object.entries(selectors).filter(([, spec]) => Object.keys(spec.expect).length === 0).map(([name]) => name);
    expect(unchecked).toEqual([]);
  });
});
