// Which rows the table shows, in which order: pure, so sorting 300 rows is one call on each change.
import { compareText } from './compare-text';
import type { StepId } from '../progress/steps';
import { STEP_COLUMNS, type TraineeRow } from './trainee';

export type SortKey = 'name' | 'progress' | 'next' | 'workspace' | 'exported';
export interface SortOrder {
  key: SortKey;
  descending: boolean;
}

/** all; "finished"; a step id = has it as next step. */
export type NextFilter = 'all' | 'finished' | StepId;
/**
 * Rows worth a look: a workspace name off the rule, not shared, steps ticked by hand, another build, dates to check.
 */
export type AttentionFilter = 'all' | 'workspace-off-rule' | 'not-shared' | 'manual' | 'other-build' | 'dates';

export interface RowFilter {
  text: string;
  next: NextFilter;
  attention: AttentionFilter;
}

export const NO_FILTER: RowFilter = { text: '', next: 'all', attention: 'all' };

const stepOrder = (row: TraineeRow) => (row.next ? STEP_COLUMNS.indexOf(row.next) : STEP_COLUMNS.length);

const COMPARE: Record<SortKey, (a: TraineeRow, b: TraineeRow) => number> = {
  name: (a, b) => compareText(a.name, b.name),
  progress: (a, b) => a.journey.percent - b.journey.percent,
  next: (a, b) => stepOrder(a) - stepOrder(b),
  workspace: (a, b) => compareText(a.workspace?.name ?? '', b.workspace?.name ?? ''),
  exported: (a, b) => a.exportedAt - b.exportedAt,
};

export function visibleRows(rows: readonly TraineeRow[], filter: RowFilter, order: SortOrder): TraineeRow[] {
  const text = filter.text.trim().toLocaleLowerCase();
  const compare = COMPARE[order.key];
  return rows
    .filter(
      (row) =>
        !text ||
        [row.name, row.workspace?.name ?? '', row.label].some((value) => value.toLocaleLowerCase().includes(text)),
    )
    .filter(
      (row) =>
        filter.next === 'all' ||
        (filter.next === 'finished' ? row.journey.done === row.journey.required : row.next === filter.next),
    )
    .filter((row) => matchesAttention(row, filter.attention))
    .sort((a, b) => (order.descending ? -1 : 1) * (compare(a, b) || compareText(a.name, b.name)));
}

function matchesAttention(row: TraineeRow, attention: AttentionFilter): boolean {
  switch (attention) {
    case 'all':
      return true;
    case 'workspace-off-rule':
      return !!row.workspace && !row.workspaceFollowsRule;
    case 'not-shared':
      return !row.shared?.isCourseCollaborator;
    case 'manual':
      return row.manualSteps > 0;
    case 'other-build':
      return row.otherBuild;
    case 'dates':
      return row.dateFlags.length > 0;
  }
}

/** Rows the table holds at first and adds per "Show more": enough for most classes, few enough to show at once. */
export const TABLE_PAGE = 100;
