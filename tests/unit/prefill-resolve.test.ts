// The pure resolver: which control is which field, from collected facts only (no DOM).
import { describe, expect, it } from 'vitest';
import { resolveField, type ControlFacts } from '@/prefill/resolve';

const box = (question: ControlFacts['question'], ...names: string[]): ControlFacts => ({
  kind: 'checkbox',
  question,
  names,
});
const radio = (question: ControlFacts['question'], ...names: string[]): ControlFacts => ({
  kind: 'radio',
  question,
  names,
});
const text = (question: ControlFacts['question'], ...names: string[]): ControlFacts => ({
  kind: 'text',
  question,
  names,
});

describe('resolveField', () => {
  it('a box needs both its question and its option text', () => {
    const controls = [
      box('primaryPurpose', 'research purpose'),
      box('primaryPurpose', 'educational purpose'),
      box('dissemination', 'educational purpose'),
    ];
    expect(resolveField('educational', controls)).toEqual({ status: 'found', control: 1 });
    expect(resolveField('disseminationOther', controls)).toEqual({ status: 'not-found' });
  });

  it('"Other" is Q3\'s only under Q3; other questions\' "Other" boxes never count', () => {
    const controls = [
      box('primaryPurpose', 'other purpose'),
      box('population', 'other'),
      box('other', 'other'),
      box('dissemination', 'other'),
    ];
    expect(resolveField('disseminationOther', controls)).toEqual({ status: 'found', control: 3 });
  });

  it('two matches are "not sure", never the first one', () => {
    expect(resolveField('intendedStudy', [text('intendedStudy'), text('intendedStudy')])).toEqual({
      status: 'not-sure',
      candidates: 2,
    });
    expect(
      resolveField('population', [
        radio('population', 'yes'),
        radio('population', 'no, a'),
        radio('population', 'no, b'),
      ]),
    ).toMatchObject({ status: 'not-sure' });
  });

  it('a radio whose names read as two answers is not sure either', () => {
    expect(
      resolveField('review', [radio('review', 'yes, i would like to request a review', 'no, i have no concerns')]),
    ).toMatchObject({ status: 'not-sure' });
  });

  it('radios: each answer key by its option text; "Request Review" is not "Do Not Request Review"', () => {
    const controls = [radio('review', 'request review'), radio('review', 'do not request review')];
    expect(resolveField('review', controls)).toEqual({ status: 'found', options: { true: 0, false: 1 } });
  });

  it('the "Other" text is the text box right after the "Other" box, and only that one', () => {
    const other = box('dissemination', 'other');
    expect(resolveField('disseminationOtherText', [other, text('dissemination')])).toEqual({
      status: 'found',
      control: 1,
    });
    // Its question was taken by an earlier text box: still the box's text.
    expect(resolveField('disseminationOtherText', [text('dissemination'), other, text(undefined)])).toEqual({
      status: 'found',
      control: 2,
    });
    expect(
      resolveField('disseminationOtherText', [other, box('dissemination', 'social media'), text('dissemination')]),
    ).toEqual({ status: 'not-found' });
    expect(resolveField('disseminationOtherText', [other, text('other', 'how did you hear')])).toEqual({
      status: 'not-found',
    });
    expect(
      resolveField('disseminationOtherText', [other, text('dissemination'), other, text('dissemination')]),
    ).toMatchObject({ status: 'not-sure' });
  });

  it('kind matters: a text box is never taken for a checkbox field or a select', () => {
    expect(resolveField('educational', [text('primaryPurpose', 'educational purpose')])).toEqual({
      status: 'not-found',
    });
    expect(resolveField('accessTier', [text('accessTier', 'data access tier')])).toEqual({ status: 'not-found' });
  });
});
