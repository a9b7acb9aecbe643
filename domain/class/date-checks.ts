// Dates a hand-in file cannot honestly carry: the file is self-reported, so these are flagged for the instructor.
import type { ProgressExport } from '../progress/export-format';
import { MANUAL_SOURCE } from '../progress/status-rows';

/**
 * future: a date after the class view opened (plus a day, for time zones and clocks a little ahead);
 * after-export: a step recorded after the file's own export time (the export is written after its steps);
 * same-second: several steps done in one second from different places (one page reports its steps together,
 * but two pages, or the trainee's own ticks, cannot all land in the same second).
 */
export type DateFlag = 'future' | 'after-export' | 'same-second';

export const DATE_FLAGS: readonly DateFlag[] = ['future', 'after-export', 'same-second'];
export const FUTURE_MARGIN_MS = 24 * 60 * 60 * 1000;
/** Steps in one second that make it implausible when they come from more than one place. */
export const MANY_IN_ONE_SECOND = 3;

export function dateFlags(data: Pick<ProgressExport, 'exportedAt' | 'events'>, openedAt: number): DateFlag[] {
  const latestPlausible = openedAt + FUTURE_MARGIN_MS;
  const flags = new Set<DateFlag>();
  if (data.exportedAt > latestPlausible) flags.add('future');
  const perSecond = new Map<number, { steps: Set<string>; places: Set<string> }>();
  for (const event of data.events) {
    if (event.at > latestPlausible) flags.add('future');
    if (event.at > data.exportedAt) flags.add('after-export');
    if (event.state !== 'done') continue;
    const second = Math.floor(event.at / 1000);
    const group = perSecond.get(second) ?? perSecond.set(second, { steps: new Set(), places: new Set() }).get(second)!;
    group.steps.add(event.step);
    // Each tick by hand is its own click; steps a page reports together share the page's path.
    group.places.add(event.source === MANUAL_SOURCE ? `${MANUAL_SOURCE}:${event.step}` : event.source);
  }
  for (const { steps, places } of perSecond.values())
    if (steps.size >= MANY_IN_ONE_SECOND && places.size > 1) flags.add('same-second');
  return DATE_FLAGS.filter((flag) => flags.has(flag));
}
