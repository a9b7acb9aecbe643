// Questions and options are recognised by meaning: the legacy wording, Researcher Workbench 2.0's own, synonyms,
// another word order and small typos all read the same; a text that could be two answers is "not sure".
import { describe, expect, it } from 'vitest';
import { QUESTION_TEXTS, type QuestionId } from '@/prefill/collect';
import { chooseOption } from '@/prefill/choose';
import { choiceMeanings } from '@/prefill/resolve';
import * as tm from '@/site/text-matches';
import { normalizeText } from '@/site/text-matches';

const questionsIn = (text: string) =>
  (Object.keys(QUESTION_TEXTS) as QuestionId[]).filter((id) => QUESTION_TEXTS[id].test(normalizeText(text)));

describe('questions by meaning', () => {
  it.each<[string, QuestionId]>([
    ['1. What is the primary purpose of your project? *', 'primaryPurpose'],
    ['What is the main purpose of your project?', 'primaryPurpose'],
    ["Your project's principal purpose", 'primaryPurpose'],
    ['What is the main purpsoe of your project?', 'primaryPurpose'],
    [
      'Which scientific question(s) do you plan to study, and why does the question matter (for example for science or public health)?',
      'intendedStudy',
    ],
    ['Why does it matter, and what questions do you intend to study?', 'intendedStudy'],
    [
      'Which scientific approaches will your study use? Describe the datasets, methods and tools you will use to answer your question(s).',
      'scientificApproach',
    ],
    [
      'What findings do you anticipate, and how would they add to the scientific knowledge in your field?',
      'anticipatedFindings',
    ],
    ['What results do you expect from the study?', 'anticipatedFindings'],
    ['How do you plan to share your findings? Select all that apply.', 'dissemination'],
    ['Please tell us how you plan to disseminate your research findings.', 'dissemination'],
    [
      'How might your outcomes fit the All of Us Scientific Framework? Select every statement that describes the outcomes you expect.',
      'outcomes',
    ],
    ['Does your study focus on populations historically underrepresented in biomedical research?', 'population'],
    ['Will your study center on any under-represented groups?', 'population'],
    [
      'Regarding people who self-identify as AI/AN, or who are genetically similar to populations with inferred Indigenous American ancestry, does your research plan need any of the following?',
      'aianType',
    ],
    ['Explain your answer with specific details of your study design', 'aianDetails'],
    ['Do you want the Resource Access Board to review your research purpose statement?', 'review'],
    ['Would you like to request a review of your research purpose statement by the Resource Access Board?', 'review'],
  ])('%j → %s, and no other question', (text, id) => {
    expect(questionsIn(text)).toEqual([id]);
  });

  it.each([
    'Summarize the purpose of your research by answering these three questions.',
    'AI/AN Policy Assessment',
    'Review and confirm',
    'Population of interest',
    'Education level',
    'Yes, my study focuses on one or more underrepresented populations, alone or compared with other groups.',
    'No, I have no concerns right now about my study stigmatizing anyone',
    'My study population will consist only of people who self-identify as AI/AN.',
    'Your responses should cover the major components of a research summary: hypothesis, methods, and anticipated findings.',
  ])('%j is none of the questions', (text) => {
    expect(questionsIn(text)).toEqual([]);
  });
});

describe('options by meaning', () => {
  it.each([
    ['Education', true],
    ['Educational Purpose', true],
    ['Educational purpose', true],
    ['Educaton', true],
    ['Education level', false],
    [
      'Research (disease-focused, methods, genetic, social/behavioural, population health, ELSI, drug development)',
      false,
    ],
    ['Commercial (for-profit)', false],
  ])('educational: %j → %s', (text, yes) => {
    expect(tm.educationalOption.test(normalizeText(text))).toBe(yes);
  });

  it.each([
    ['None of these apply', true],
    ['None of these statements apply to this research project', true],
    ['None of the above fit', true],
    ['Reduce health disparities and improve health equity in populations underrepresented', false],
  ])('none of these: %j → %s', (text, yes) => {
    expect(tm.noneOfTheseOutcomesOption.test(normalizeText(text))).toBe(yes);
  });

  const AIAN = {
    legacy: [
      'I am planning to conduct my study using a study population exclusively including individuals who self-identify as AI/AN and/or who exhibit genetic similarity to populations with inferred Indigenous American genetic ancestry.',
      'I am planning to conduct a case/control study where either the “case” or the “control” population consists exclusively of individuals who self-identify as AI/AN.',
      'I am planning to break down my findings by race/ethnicity and/or ancestral genetic similarity in such a way that may raise findings that are specific to individuals who self-identify as AI/AN.',
      'I will not conduct any analyses that would yield findings specific to AI/AN populations and/or populations who exhibit genetic similarity to populations with inferred Indigenous American genetic ancestry.',
    ],
    reworded: [
      'My study population will consist only of people who self-identify as AI/AN and/or are genetically similar to populations with inferred Indigenous American ancestry.',
      'I plan a case/control study in which the case or the control group consists only of people who self-identify as AI/AN.',
      'I plan to break my results down by race/ethnicity and/or genetic similarity, so findings specific to people who self-identify as AI/AN may appear.',
      "I won't run any analyses yielding findings specific to AI/AN populations or to populations genetically similar to those with inferred Indigenous American ancestry. If that changes, I will update this form right away.",
    ],
  };
  const KEYS = ['EXCLUSIVE_AI_AN_POPULATION', 'CASE_CONTROL_AI_AN', 'FINDINGS_BY_AI_AN', 'NO_AI_AN_ANALYSIS'];

  it.each(Object.entries(AIAN))(
    'the four AI/AN choices (%s wording), in any order, each picked as itself',
    (_, texts) => {
      const meanings = choiceMeanings('aianType')!;
      const shuffled = [texts[2]!, texts[0]!, texts[3]!, texts[1]!];
      for (const key of KEYS)
        expect(chooseOption(shuffled, meanings, key)).toEqual({
          status: 'found',
          index: shuffled.indexOf(texts[KEYS.indexOf(key)]!),
        });
    },
  );

  it('review: "No, I have no concerns…" and "Yes, I would like a review" in either wording', () => {
    const meanings = choiceMeanings('review')!;
    const texts = [
      "Yes, I'd like a review of my research purpose",
      'No, I have no concerns right now about my study stigmatizing anyone',
    ];
    expect(chooseOption(texts, meanings, 'false')).toEqual({ status: 'found', index: 1 });
    expect(chooseOption(texts, meanings, 'true')).toEqual({ status: 'found', index: 0 });
  });

  it('not sure rather than a guess: two options for one answer, or one option that reads as two', () => {
    const meanings = choiceMeanings('aianType')!;
    expect(chooseOption([...AIAN.legacy, AIAN.reworded[3]!], meanings, 'NO_AI_AN_ANALYSIS')).toEqual({
      status: 'not-sure',
    });
    const blended = 'I will break my results down by race/ethnicity, with no analyses specific to AI/AN.';
    expect(chooseOption([blended], meanings, 'NO_AI_AN_ANALYSIS')).toEqual({ status: 'not-sure' });
    expect(chooseOption(['Maybe', 'Ask me later'], choiceMeanings('review')!, 'false')).toEqual({
      status: 'not-found',
    });
  });
});
