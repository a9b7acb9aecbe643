import { describe, expect, it } from 'vitest';
import { collectPage } from '@/utils/prefill/collect';
import * as textMatches from '@/utils/text-matches';
import { normalizeText } from '@/utils/text-matches';
import { textMatchExpectations, type TextMatchName } from '@/utils/text-match-table';
import { describeWithSnapshots, loadSnapshot } from '../support/snapshots';

const names = (Object.keys(textMatches) as Array<keyof typeof textMatches>).filter((name): name is TextMatchName => textMatches[name] instanceof RegExp);

describe('normalizeText', () => {
  it.each([
    ['2.1 What are the specific scientific question(s) you intend to study?', 'what are the specific scientific question(s) you intend to study'],
    ['Q3.  Please tell us how you plan to disseminate your research findings. *', 'please tell us how you plan to disseminate your research findings'],
    ['Question 5: Will your study focus on any historically underrepresented populations?', 'will your study focus on any historically underrepresented populations'],
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
    for (const [file, count] of Object.entries(textMatchExpectations[name])) {
      it(`${name} × ${file} = ${count}`, () => {
        const match = textMatches[name] as RegExp;
        const found = blocksOf(file).filter((block) => match.test(name === 'numberedQuestion' ? block.raw : block.text));
        expect(found.length, `text match "${name}" (${match}) on ${file}: ${found.map((b) => b.raw.slice(0, 60)).join(' | ')}`).toBe(count);
      });
    }
  }

  it('every text match is checked against at least one snapshot', () => {
    expect(names.filter((name) => Object.keys(textMatchExpectations[name] ?? {}).length === 0)).toEqual([]);
    expect(names.length).toBeGreaterThan(20);
  });
});
