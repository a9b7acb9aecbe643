// Reading the event log: anything an older or foreign writer left is skipped, with the reason logged.
import { progressEventSchema, type ProgressEvent, type StepStatus } from './events';
import { MANUAL_SOURCE } from './status-rows';

export function readEvent(raw: unknown): ProgressEvent | undefined {
  const parsed = progressEventSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const reason = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.code}`).join('; ');
  console.warn('[workbench-companion] ignored a stored progress record:', reason);
  return undefined;
}

export function withoutId({ id: _id, ...rest }: ProgressEvent): StepStatus {
  return rest;
}

export { MANUAL_SOURCE } from './status-rows';

/** The same state, set the same way (by a page, or by the trainee's own tick): no new event in the log. */
export function sameState(a: StepStatus | undefined, b: StepStatus): boolean {
  return !!a && a.state === b.state && (a.source === MANUAL_SOURCE) === (b.source === MANUAL_SOURCE);
}

/** Two statuses that would show the same in the popup (time and which page aside). */
export function sameStatus(a: StepStatus | undefined, b: StepStatus): boolean {
  return (
    sameState(a, b) &&
    a!.shownDate === b.shownDate &&
    a!.collaborator === b.collaborator &&
    a!.tier === b.tier &&
    a!.workspace?.namespace === b.workspace?.namespace &&
    a!.workspace?.name === b.workspace?.name
  );
}

/** A log in the order it happened (ties by id), as the store replays an import. */
export function inTimeOrder(events: readonly ProgressEvent[]): ProgressEvent[] {
  return [...events].sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0));
}

/** Each step's latest status in a log: what the store keeps as the current row. */
export function latestPerStep(events: readonly ProgressEvent[]): Partial<Record<StepStatus['step'], StepStatus>> {
  const latest: Partial<Record<StepStatus['step'], StepStatus>> = {};
  for (const event of inTimeOrder(events)) latest[event.step] = withoutId(event);
  return latest;
}
