// Which part the popup opens and what a folded part says, from the journey alone (counts come from the catalogue).
import { describe, expect, it } from 'vitest';
import { currentPartId, partMeta, partPlace } from '@/components/popup/part-folding';
import type { StepStatus } from '@/domain/progress/events';
import { describeJourney } from '@/domain/progress/journey';
import { PART_IDS, STEPS, type PartId, type StepId } from '@/domain/progress/steps';

const done = (step: StepId): StepStatus => ({ step, state: 'done', source: '/data-access-requirements', at: 1 });
const stepsOf = (part: PartId) => STEPS.filter((s) => s.part === part).map((s) => s.id);
const statuses = (ids: StepId[], state: StepStatus['state'] = 'done') =>
  Object.fromEntries(ids.map((id) => [id, { ...done(id), state }]));
const journeyOf = (rows: Partial<Record<StepId, StepStatus>>, skipped: StepId[] = []) =>
  describeJourney(rows, new Set(skipped));
const places = (rows: Partial<Record<StepId, StepStatus>>, skipped: StepId[] = []) => {
  const journey = journeyOf(rows, skipped);
  const current = currentPartId(journey);
  return Object.fromEntries(journey.parts.map((p) => [p.part.id, partPlace(p, current)]));
};

describe('popup parts: which one is current', () => {
  it('on a fresh profile the first part is current and the others are still to do', () => {
    expect(currentPartId(journeyOf({}))).toBe(PART_IDS[0]);
    expect(places({})).toEqual({ account: 'current', 'data-access': 'todo', workspace: 'todo' });
  });

  it('with the account done, the account folds as done and data access is current', () => {
    expect(places(statuses(stepsOf('account')))).toEqual({
      account: 'done',
      'data-access': 'current',
      workspace: 'todo',
    });
  });

  it('the part of the next step is current, even when a later part already has steps done', () => {
    const rows = statuses([...stepsOf('account'), 'two-factor', ...stepsOf('workspace')]);
    expect(places(rows)).toEqual({ account: 'done', 'data-access': 'current', workspace: 'done' });
  });

  it('a part whose remaining steps are not needed for the course counts as done', () => {
    const rows = statuses([...stepsOf('account'), ...stepsOf('data-access').filter((id) => id !== 'ct-training')]);
    expect(places(rows, ['ct-training'])).toEqual({ account: 'done', 'data-access': 'done', workspace: 'current' });
  });

  it('at the end nothing is current: every part is one done line', () => {
    const journey = journeyOf(statuses(STEPS.map((s) => s.id)));
    expect(currentPartId(journey)).toBeUndefined();
    expect(places(statuses(STEPS.map((s) => s.id)))).toEqual({
      account: 'done',
      'data-access': 'done',
      workspace: 'done',
    });
  });

  it('with only a step waiting on the instructor left, its part stays current (the row says what to do)', () => {
    const everythingElse = STEPS.map((s) => s.id).filter((id) => id !== 'ct-training');
    const rows = { ...statuses(everythingElse), ...statuses(['ct-training'], 'ineligible') };
    const journey = journeyOf(rows);
    expect(journey.next).toBeUndefined();
    expect(currentPartId(journey)).toBe('data-access');
  });
});

describe('popup parts: the folded line', () => {
  const partIn = (rows: Partial<Record<StepId, StepStatus>>, id: PartId) =>
    journeyOf(rows).parts.find((p) => p.part.id === id)!;

  it('a done part shows only its counts (its tick is drawn beside them)', () => {
    const account = partIn(statuses(stepsOf('account')), 'account');
    const count = String(stepsOf('account').length);
    expect(partMeta(account, 'done')).toEqual({ key: 'popup_part_counts', substitutions: [count, count] });
  });

  it('a part still to do shows its counts without the time, to stay one line', () => {
    const workspace = partIn({}, 'workspace');
    expect(partMeta(workspace, 'todo')).toEqual({
      key: 'popup_part_counts',
      substitutions: ['0', String(stepsOf('workspace').length)],
    });
  });

  it('the current part adds its usual time range', () => {
    const access = partIn(statuses(['two-factor']), 'data-access');
    const [low, high] = access.part.minutes;
    expect(partMeta(access, 'current')).toEqual({
      key: 'popup_part_meta',
      substitutions: ['1', String(stepsOf('data-access').length), String(low), String(high)],
    });
  });
});
