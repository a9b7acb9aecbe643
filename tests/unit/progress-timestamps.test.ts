// A hostile or damaged file must never store a date the popup cannot show.
import { describe, expect, it } from 'vitest';
import { formatDay } from '@/components/format';
import { checkExport, EXPORT_FORMAT } from '@/domain/progress/export-format';
import { progressEventSchema } from '@/domain/progress/events';
import { rowProblem } from '@/domain/progress/status-rows';

const event = (at: number) => ({ step: 'two-factor', state: 'done', source: 'import', at });
const fileWith = (events: unknown[], exportedAt = 1_700_000_000_000) => ({
  format: EXPORT_FORMAT,
  version: 1,
  exportedAt,
  events,
});

describe('progress timestamps', () => {
  for (const at of [9e15, 1e20, -1e17, 0, Number.MAX_SAFE_INTEGER]) {
    it(`an imported event at ${at} is refused, naming where`, () => {
      const checked = checkExport(fileWith([event(1_700_000_000_000), event(at)]));
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(checked.problems.join()).toContain('events.1.at');
    });
  }

  it('an export stamped outside the range is refused', () => {
    const checked = checkExport(fileWith([], 1e20));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems.join()).toContain('exportedAt');
  });

  it('accepts every date of a real journey', () => {
    expect(
      checkExport(fileWith([event(Date.UTC(2020, 0, 1)), event(Date.now()), event(Date.UTC(2090, 5, 1))])).ok,
    ).toBe(true);
    expect(progressEventSchema.safeParse(event(Date.now())).success).toBe(true);
  });

  it('a stored row with an impossible date is not shown (the popup reads rows without zod)', () => {
    expect(rowProblem(event(1e20))).toContain('at');
    expect(rowProblem(event(Number.NaN))).toContain('at');
    expect(rowProblem(event(Date.now()))).toBeUndefined();
  });

  it('date formatting never throws', () => {
    for (const ms of [9e15, 1e20, -1e17, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => formatDay(ms)).not.toThrow();
      expect(formatDay(ms)).toBe('date unknown');
    }
    expect(formatDay(Date.UTC(2026, 10, 18, 12))).toContain('2026');
  });
});
