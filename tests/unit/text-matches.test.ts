import { describe, expect, it } from 'vitest';
import { collectPage } from '@/prefill/collect';
import * as textMatches from '@/site/text-matches';
import { normalizeText } from '@/site/text-matches';
import type { Expected } from '@/site/selectors';
import { describeWithSnapshots, loadSnapshot } from '../support/snapshots';

type Exports = typeof textMatches;
type TextMatchName = { [K in keyof Exports]: Exports[K] extends RegExp ? K : never }[keyof Exports];
const names = (Object.keys(textMatches) as Array<keyof Exports>).filter(
  (name): name is TextMatchName => textMatches[name] instanceof RegExp,
);
const expectationOf = (name: TextMatchName) =>
  (textMatches as unknown as Record<string, Expected | undefined>)[`${name}_`];
const countsOf = (name: TextMatchName) =>
  Object.entries(expectationOf(name) ?? {}).filter(([key]) => key.endsWith('.html')) as Array<[string, number]>;

describe('normalizeText', () => {
  it.each([
    [
      '2.1 What are the specific scientific question(s) you intend to study?',
      'what are the specific scientific question(s) you intend to study',
    ],
    [
      'Q3.  Please tell us how you plan to disseminate your research findings. *',
      'please tell us how you plan to disseminate your research findings',
    ],
    [
      'Question 5: Will your study focus on any historically underrepresented populations?',
      'will your study focus on any historically underrepresented populations',
    ],
    ['7) Would you like to request a review?*', 'would you like to request a review'],
    ['  Workspace  name\n(Required) ', 'workspace name'],
    ['Workspace Name *:', 'workspace name'],
    ['the “case” or the ‘control’ population', 'the "case" or the \'control\' population'],
    ['EDUCATIONAL PURPOSE', 'educational purpose'],
    ['6.', ''],
  ])('%j → %j', (raw, normalized) => {
    expect(normalizeText(raw)).toBe(normalized);
  });

  it('leaves counts that are not question numbers alone', () => {
    expect(normalizeText('1000 characters remaining')).toBe('1000 characters remaining');
    expect(textMatches.numberedQuestion.test('15 characters remaining')).toBe(false);
    expect(textMatches.numberedQuestion.test('2.1 What')).toBe(true);
  });
});

describeWithSnapshots('every text match matches the real Workbench texts as expected', () => {
  const blocksOf = (file: string) => collectPage(loadSnapshot(file).body).blocks;
  for (const name of names) {
    for (const [file, count] of countsOf(name)) {
      it(`${name} × ${file} = ${count}`, () => {
        const match = textMatches[name] as RegExp;
        const found = blocksOf(file).filter((block) =>
          match.test(name === 'numberedQuestion' ? block.raw : block.text),
        );
        expect(
          found.length,
          `text match "${name}" (${match}) on ${file}: ${found.map((b) => b.raw.slice(0, 60)).join(' | ')}`,
        ).toBe(count);
      });
    }
  }

  it('every text match is seen on a real snapshot (or says why not), with its expectations beside it', () => {
    expect(names.filter((name) => !countsOf(name).some(([, n]) => n > 0) && !expectationOf(name)?.unverified)).toEqual(
      [],
    );
    const expectations = Object.keys(textMatches).filter((name) => name.endsWith('_'));
    expect(expectations.filter((name) => !(names as string[]).includes(name.slice(0, -1)))).toEqual([]);
    expect(names.length).toBeGreaterThan(20);
  });
});
