// Reading the derived per-step rows without zod, so the popup stays small; the log itself is read with zod
// (records.ts).
import type { StepStatus } from './events';
import { isAccessTier } from '../workbench/access-tier';
import { FIELD_LIMITS as MAX } from './limits';
import { isStepId, isStepState, type StepId } from './steps';
import { isSaneTimestamp } from './timestamps';

export type StepStatuses = Partial<Record<StepId, StepStatus>>;

/** The store's current steps and how many events its log holds. */
export interface ProgressSnapshot {
  steps: StepStatuses;
  eventCount: number;
}

/** The source of a trainee's own tick (and of taking it back). */
export const MANUAL_SOURCE = 'manual';

const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const isAbsentOr = (value: unknown, check: (v: unknown) => boolean) => value === undefined || check(value);

/** Why a stored row cannot be shown, or undefined when it can (the event schema's limits). */
export function rowProblem(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return '(record): invalid_type';
  const row = raw as Record<string, unknown>;
  const workspace = row.workspace as Record<string, unknown> | undefined;
  const checks: Array<[string, boolean, string]> = [
    ['step', isStepId(row.step), 'invalid_value'],
    ['state', isStepState(row.state), 'invalid_value'],
    ['source', isText(row.source, MAX.source), 'invalid_type'],
    ['at', isSaneTimestamp(row.at), 'invalid_type'],
    ['shownDate', isAbsentOr(row.shownDate, (v) => isText(v, MAX.shownDate)), 'invalid_type'],
    ['collaborator', isAbsentOr(row.collaborator, (v) => isText(v, MAX.collaborator)), 'invalid_type'],
    ['tier', isAbsentOr(row.tier, isAccessTier), 'invalid_value'],
    [
      'workspace',
      isAbsentOr(
        workspace,
        () => isText(workspace?.namespace, MAX.workspacePart) && isText(workspace?.name, MAX.workspacePart),
      ),
      'invalid_type',
    ],
  ];
  const failed = checks.filter(([, ok]) => !ok).map(([field, , code]) => `${field}: ${code}`);
  return failed.length ? failed.join('; ') : undefined;
}

/** Only the fields a status has, so nothing foreign travels on. */
function statusOf(row: StepStatus): StepStatus {
  const { step, state, source, at, shownDate, workspace, collaborator, tier } = row;
  return {
    step,
    state,
    source,
    at,
    ...(shownDate !== undefined ? { shownDate } : {}),
    ...(workspace ? { workspace: { namespace: workspace.namespace, name: workspace.name } } : {}),
    ...(collaborator !== undefined ? { collaborator } : {}),
    ...(tier !== undefined ? { tier } : {}),
  };
}

export function readStatusRow(raw: unknown): StepStatus | undefined {
  if (raw === undefined) return undefined;
  const problem = rowProblem(raw);
  if (!problem) return statusOf(raw as StepStatus);
  console.warn('[workbench-companion] ignored a stored progress record:', problem);
  return undefined;
}

/** The per-step rows as a map, skipping anything unreadable. */
export function stepsFrom(rows: unknown[]): StepStatuses {
  const steps: StepStatuses = {};
  for (const row of rows) {
    const status = readStatusRow(row);
    if (status) steps[status.step] = status;
  }
  return steps;
}
