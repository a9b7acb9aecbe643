// What the instructor explains in class: how many finished each part, and which step holds how many trainees.
import { PARTS, STEPS, type PartId, type StepId } from '../progress/steps';
import type { TraineeRow } from './trainee';

export interface ClassSummary {
  trainees: number;
  finishedAll: number;
  parts: Array<{ part: PartId; finished: number }>;
  /** Per step, in journey order: how many trainees have it as their next step (steps nobody is on are left out). */
  stuck: Array<{ step: StepId; count: number }>;
  /** Trainees with at least one step ticked by hand. */
  withManualSteps: number;
  /** Rows read from a file of another build of this course. */
  fromOtherBuilds: number;
}

export function summariseClass(rows: readonly TraineeRow[]): ClassSummary {
  const next = new Map<StepId, number>();
  for (const row of rows) if (row.next) next.set(row.next, (next.get(row.next) ?? 0) + 1);
  return {
    trainees: rows.length,
    finishedAll: rows.filter((row) => row.journey.done === row.journey.required).length,
    parts: PARTS.map(({ id }) => ({ part: id, finished: rows.filter((row) => hasFinished(row, id)).length })),
    stuck: STEPS.filter((step) => next.has(step.id)).map((step) => ({ step: step.id, count: next.get(step.id)! })),
    withManualSteps: rows.filter((row) => row.manualSteps > 0).length,
    fromOtherBuilds: rows.filter((row) => row.otherBuild).length,
  };
}

function hasFinished(row: TraineeRow, part: PartId): boolean {
  const progress = row.journey.parts.find((p) => p.part.id === part);
  return !!progress && progress.done === progress.required;
}
