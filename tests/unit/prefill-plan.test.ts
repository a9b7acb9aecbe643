import { describe, expect, it } from 'vitest';
import { loadCourseFile } from '@/domain/course/load-file';
import type { Course } from '@/domain/course/schema';
import {
  composeWorkspaceName,
  keptFields,
  matchOption,
  NAME_LIMIT,
  planPrefill,
  type FieldId,
  type FormFacts,
  type PlannedAction,
} from '@/prefill/plan';

const example = loadCourseFile('courses/example-cwml-training.json').course;
const tiers = [
  { value: 'registered', label: 'Registered Tier' },
  { value: 'controlled', label: 'Controlled Tier' },
];
const versions = [
  { value: '8', label: 'All of Us Registered Tier Dataset v8' },
  { value: '7', label: 'All of Us Registered Tier Dataset v7' },
];

/** The empty Create form as the Workbench renders it; `aian: false` is the older layout without Q6 AI/AN. */
function emptyForm({ aian = true } = {}): FormFacts {
  const facts: FormFacts = {
    name: { present: true, value: '' },
    accessTier: { present: true, value: 'registered', options: tiers },
    datasetVersion: { present: true, value: '8', options: versions },
    educational: { present: true, value: false },
    intendedStudy: { present: true, value: '' },
    scientificApproach: { present: true, value: '' },
    anticipatedFindings: { present: true, value: '' },
    disseminationOther: { present: true, value: false },
    disseminationOtherText: { present: true, value: '' },
    outcomeNone: { present: true, value: false },
    population: { present: true, value: '' },
    aianType: { present: true, value: '' },
    aianDetails: { present: true, value: '' },
    review: { present: true, value: '' },
  };
  if (!aian) {
    facts.aianType = { present: false };
    facts.aianDetails = { present: false };
  }
  return facts;
}

const byField = (actions: PlannedAction[]) =>
  Object.fromEntries(actions.map((a) => [a.field, a])) as Record<FieldId, PlannedAction>;
const withCourse = (patch: (c: Course) => void): Course => {
  const copy = structuredClone(example);
  patch(copy);
  return copy;
};

describe('planPrefill: both layouts', () => {
  it('AI/AN layout: every field planned in order, review is question 7', () => {
    const plan = planPrefill(example, emptyForm(), { lastName: 'Garcia' });
    expect(plan.aian).toBe(true);
    expect(plan.reviewQuestion).toBe(7);
    expect(plan.actions.map((a) => [a.field, a.value, a.status])).toEqual([
      ['name', 'Garcia_CWML_training', 'apply'],
      ['accessTier', 'controlled', 'apply'],
      ['educational', true, 'apply'],
      ['intendedStudy', example.answers.intendedStudy, 'apply'],
      ['scientificApproach', example.answers.scientificApproach, 'apply'],
      ['anticipatedFindings', example.answers.anticipatedFindings, 'apply'],
      ['disseminationOther', true, 'apply'],
      ['disseminationOtherText', example.answers.disseminationOther, 'apply'],
      ['outcomeNone', true, 'apply'],
      ['population', 'no', 'apply'],
      ['aianType', 'NO_AI_AN_ANALYSIS', 'apply'],
      ['aianDetails', example.answers.aianResearchDetails, 'apply'],
      ['review', 'false', 'apply'],
    ]);
  });

  it('layout without AI/AN: no AI/AN actions, review is question 6', () => {
    const plan = planPrefill(example, emptyForm({ aian: false }), { lastName: 'Garcia' });
    expect(plan.aian).toBe(false);
    expect(plan.reviewQuestion).toBe(6);
    expect(plan.actions.map((a) => a.field)).not.toContain('aianType');
    expect(plan.actions.map((a) => a.field)).not.toContain('aianDetails');
    expect(byField(plan.actions).review).toMatchObject({ value: 'false', status: 'apply' });
  });

  it('the layout comes from the page: only the 6.2 text present still counts as the AI/AN layout', () => {
    const facts = { ...emptyForm(), aianType: { present: false as const } };
    const plan = planPrefill(example, facts, { lastName: 'Garcia' });
    expect(plan.reviewQuestion).toBe(7);
    expect(byField(plan.actions).aianType.status).toBe('not-found');
  });

  it('a course that requests review plans the "Yes" radio', () => {
    const plan = planPrefill(
      withCourse((c) => (c.answers.requestReview = true)),
      emptyForm(),
      { lastName: 'Garcia' },
    );
    expect(byField(plan.actions).review.value).toBe('true');
  });
});

describe('planPrefill: what the trainee already did', () => {
  it('same values are reported as same, ticked boxes are left alone', () => {
    const facts = emptyForm();
    facts.name = { present: true, value: 'Garcia_CWML_training' };
    facts.accessTier = { present: true, value: 'controlled', options: tiers };
    facts.educational = { present: true, value: true };
    facts.intendedStudy = { present: true, value: `  ${example.answers.intendedStudy}  ` };
    facts.population = { present: true, value: 'no' };
    const plan = byField(planPrefill(example, facts, { lastName: 'Garcia' }).actions);
    for (const field of ['name', 'accessTier', 'educational', 'intendedStudy', 'population'] as const)
      expect(plan[field].status, field).toBe('same');
    expect(plan.scientificApproach.status).toBe('apply');
  });

  it("keeps the trainee's own text, radio choices and tier unless overwrite is confirmed", () => {
    const facts = emptyForm();
    facts.name = { present: true, value: 'my project' };
    facts.accessTier = { present: true, value: 'controlled', options: tiers };
    facts.scientificApproach = { present: true, value: 'My own approach' };
    facts.population = { present: true, value: 'yes' };
    facts.aianType = { present: true, value: 'FINDINGS_BY_AI_AN' };
    facts.review = { present: true, value: 'true' };
    const course = withCourse((c) => (c.workspace.accessTier = 'registered'));
    const kept = planPrefill(course, facts, { lastName: 'Garcia' });
    expect(keptFields(kept)).toEqual(['name', 'accessTier', 'scientificApproach', 'population', 'aianType', 'review']);
    const overwritten = planPrefill(course, facts, { lastName: 'Garcia', overwrite: true });
    expect(keptFields(overwritten)).toEqual([]);
    expect(byField(overwritten.actions).scientificApproach.status).toBe('apply');
    expect(byField(overwritten.actions).accessTier.status).toBe('apply');
  });
});

describe('planPrefill: missing fields and names', () => {
  it('a field the page does not have is "not-found", never a crash', () => {
    const facts: FormFacts = { name: { present: true, value: '' } };
    const plan = planPrefill(example, facts, { lastName: 'Garcia' });
    expect(plan.actions.filter((a) => a.status === 'not-found').map((a) => a.field)).toEqual([
      'accessTier',
      'educational',
      'intendedStudy',
      'scientificApproach',
      'anticipatedFindings',
      'disseminationOther',
      'disseminationOtherText',
      'outcomeNone',
      'population',
      'review',
    ]);
    expect(
      planPrefill(example, {}, {}).actions.every((a) => a.status === 'not-found' || a.status === 'needs-last-name'),
    ).toBe(true);
  });

  it('a tier the page does not offer is "not-found"', () => {
    const facts = { ...emptyForm(), accessTier: { present: true as const, value: 'registered', options: [tiers[0]!] } };
    expect(byField(planPrefill(example, facts, { lastName: 'Garcia' }).actions).accessTier.status).toBe('not-found');
  });

  it('without a last name the name waits for it; a template without {lastName} needs none', () => {
    expect(byField(planPrefill(example, emptyForm()).actions).name.status).toBe('needs-last-name');
    const fixed = withCourse((c) => (c.workspace.nameTemplate = 'CWML_training_fall'));
    expect(byField(planPrefill(fixed, emptyForm()).actions).name).toMatchObject({
      value: 'CWML_training_fall',
      status: 'apply',
    });
  });

  it('long last names are cut so the name stays within 80 characters, and say so', () => {
    const long =
      'Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessenschafewarenwohlgepflegeundsorgfaltigkeitbeschutzen';
    const plan = byField(planPrefill(example, emptyForm(), { lastName: long }).actions);
    expect(plan.name.value).toHaveLength(NAME_LIMIT);
    expect(String(plan.name.value).endsWith('_CWML_training')).toBe(true);
    expect(plan.name.shortened).toBe(true);
    expect(composeWorkspaceName('{lastName}_CWML_training', '  Garcia  ')).toEqual({
      value: 'Garcia_CWML_training',
      shortened: false,
    });
    // The schema leaves at least 20 characters for the last name.
    const tight = composeWorkspaceName(`${'x'.repeat(60)}{lastName}`, long)!;
    expect(tight.value).toHaveLength(80);
    expect(tight.value.endsWith(long.slice(0, 20))).toBe(true);
  });

  it('a course dataset version is matched by value or label, and decided after the tier', () => {
    const course = withCourse((c) => (c.workspace.datasetVersion = 'Dataset v7'));
    const plan = byField(planPrefill(course, emptyForm(), { lastName: 'Garcia' }).actions);
    expect(plan.datasetVersion).toMatchObject({ value: 'Dataset v7', status: 'apply' });
    expect(matchOption(versions, 'dataset v7')?.value).toBe('7');
    expect(matchOption(versions, '8')?.value).toBe('8');
    expect(matchOption(versions, 'v9')).toBeUndefined();
    const unchanged = withCourse((c) => {
      c.workspace.datasetVersion = 'Dataset v8';
      c.workspace.accessTier = 'registered';
    });
    expect(byField(planPrefill(unchanged, emptyForm(), { lastName: 'Garcia' }).actions).datasetVersion.status).toBe(
      'same',
    );
    expect(byField(planPrefill(example, emptyForm(), { lastName: 'Garcia' }).actions).datasetVersion).toBeUndefined();
  });
});
