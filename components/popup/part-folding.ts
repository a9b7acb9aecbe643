// Which parts the popup opens at first: the trainee sees the part they are in, every other part is one line.
import type { Journey, PartProgress } from '@/domain/progress/journey';
import type { PartId } from '@/domain/progress/steps';

/** done: every required step done; current: where the trainee is now; todo: not finished, not current. */
export type PartPlace = 'done' | 'current' | 'todo';

const isUnfinished = (part: PartProgress) => part.steps.some((s) => s.view === 'pending' || s.view === 'ineligible');

/** The part of the next step; with no next step (only steps waiting on the instructor), the first unfinished part. */
export function currentPartId(journey: Journey): PartId | undefined {
  return journey.next?.step.part ?? journey.parts.find(isUnfinished)?.part.id;
}

export function partPlace(part: PartProgress, current: PartId | undefined): PartPlace {
  if (part.part.id === current) return 'current';
  return part.done === part.required ? 'done' : 'todo';
}

/** After the part's title: the current part adds its usual time; a folded one keeps to its counts, to stay one line. */
export function partMeta(part: PartProgress, place: PartPlace): { key: string; substitutions: string[] } {
  const counts = [String(part.done), String(part.required)];
  if (place !== 'current') return { key: 'popup_part_counts', substitutions: counts };
  return {
    key: 'popup_part_meta',
    substitutions: [...counts, String(part.part.minutes[0]), String(part.part.minutes[1])],
  };
}
