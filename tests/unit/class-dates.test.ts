// Dates a hand-in file cannot honestly carry are flagged on the row and in the CSV; a file dated in the future
// never takes a trainee's row from a plausible file unless the instructor chooses it.
import { describe, expect, it } from 'vitest';
import { classCsv } from '@/domain/class/class-csv';
import { dateFlags, FUTURE_MARGIN_MS } from '@/domain/class/date-checks';
import { mergeClass } from '@/domain/class/merge';
import { parseHandIn } from '@/domain/class/parse';
import { classCourseFrom } from '@/domain/class/trainee';
import { NO_FILTER, visibleRows } from '@/domain/class/view-rows';
import { builtInCourse, builtInFingerprint } from '@/domain/course/active';
import type { ProgressEvent } from '@/domain/progress/events';
import { handInFile, type TraineeSpec } from '../support/class-files';

const HOUR = 3_600_000;
const OPENED = Date.UTC(2026, 11, 6, 12);
const course = classCourseFrom(builtInCourse, [builtInFingerprint]);
const ours = { slug: builtInCourse.slug, name: builtInCourse.name, fingerprint: builtInFingerprint };
const file = (label: string, spec: TraineeSpec) =>
  parseHandIn(label, JSON.stringify(handInFile({ course: ours, ...spec })));
const done = (step: ProgressEvent['step'], at: number, source = '/data-access-requirements'): ProgressEvent => ({
  step,
  state: 'done',
  source,
  at,
});
const flagsOf = (events: ProgressEvent[], exportedAt = OPENED - HOUR) => dateFlags({ exportedAt, events }, OPENED);

describe('date checks', () => {
  it('finds nothing to check in a plausible file, up to a day after the page opened', () => {
    expect(flagsOf(handInFile({ done: 10 }).events)).toEqual([]);
    expect(flagsOf([done('two-factor', OPENED + FUTURE_MARGIN_MS - HOUR)], OPENED + FUTURE_MARGIN_MS - HOUR)).toEqual(
      [],
    );
  });

  it('flags a file or a step dated more than a day after the page opened', () => {
    expect(flagsOf([], OPENED + FUTURE_MARGIN_MS + HOUR)).toEqual(['future']);
    expect(flagsOf([done('two-factor', OPENED + 30 * FUTURE_MARGIN_MS)])).toEqual(['future', 'after-export']);
  });

  it('flags a step recorded after the file was exported', () => {
    expect(flagsOf([done('two-factor', OPENED - 2 * HOUR), done('identity', OPENED - HOUR + 1)])).toEqual([
      'after-export',
    ]);
  });

  it('flags many steps done in one second from different places, not the steps one page reports together', () => {
    const second = OPENED - 10 * HOUR;
    const onePage = [
      'account-institution',
      'account-details',
      'account-confirmed',
      'first-sign-in',
      'two-factor',
      'identity',
    ] as const;
    // Control: the Data Access Requirements page reports all it shows at once.
    expect(flagsOf(onePage.map((step, i) => done(step, second + i)))).toEqual([]);
    expect(
      flagsOf([
        ...onePage.map((step) => done(step, second)),
        done('workspace-created', second + 500, '/workspaces/ns/name/data'),
      ]),
    ).toEqual(['same-second']);
    // Ticks by hand are one click each.
    expect(
      flagsOf(
        ['ducc', 'rt-training', 'identity'].map((step) => done(step as ProgressEvent['step'], second + 10, 'manual')),
      ),
    ).toEqual(['same-second']);
    expect(
      flagsOf(['ducc', 'rt-training'].map((step) => done(step as ProgressEvent['step'], second + 10, 'manual'))),
    ).toEqual([]);
  });
});

describe('files with dates to check in the class', () => {
  const plausible = file('garcia-monday.json', { name: 'García', done: 4, exportedAt: OPENED - 2 * HOUR });
  const future = file('garcia-future.json', { name: 'García', done: 10, exportedAt: OPENED + 40 * FUTURE_MARGIN_MS });

  it('keeps the plausible file in the table and lists the future-dated one apart, to be chosen', () => {
    const view = mergeClass([future, plausible], course, { openedAt: OPENED });
    expect(view.rows.map((r) => [r.label, r.dateFlags])).toEqual([['garcia-monday.json', []]]);
    expect(view.duplicates).toEqual([
      expect.objectContaining({ label: 'garcia-future.json', keptLabel: 'garcia-monday.json', future: true }),
    ]);
  });

  it('control: the same newer file, dated before the page opened, is the one in the table', () => {
    const view = mergeClass([future, plausible], course, { openedAt: OPENED + 50 * FUTURE_MARGIN_MS });
    expect(view.rows.map((r) => r.label)).toEqual(['garcia-future.json']);
  });

  it('puts the future-dated file in the table when the instructor chooses it, flagged, and back again', () => {
    const chosen = mergeClass([future, plausible], course, { openedAt: OPENED, chosen: ['garcia-future.json'] });
    expect(chosen.rows.map((r) => [r.label, r.dateFlags])).toEqual([['garcia-future.json', ['future']]]);
    expect(chosen.duplicates.map((d) => [d.label, d.future])).toEqual([['garcia-monday.json', false]]);
    const back = mergeClass([future, plausible], course, {
      openedAt: OPENED,
      chosen: ['garcia-future.json', 'garcia-monday.json'],
    });
    expect(back.rows.map((r) => r.label)).toEqual(['garcia-monday.json']);
  });

  it('flags the row in the CSV and filters the rows with dates to check', () => {
    const late = parseHandIn(
      'late.json',
      JSON.stringify({
        ...handInFile({ name: 'Okafor', done: 3, course: ours, namespace: 'n2' }),
        exportedAt: Date.UTC(2026, 10, 3),
      }),
    );
    const view = mergeClass([plausible, late], course, { openedAt: OPENED });
    expect(
      visibleRows(view.rows, { ...NO_FILTER, attention: 'dates' }, { key: 'name', descending: false }).map(
        (r) => r.name,
      ),
    ).toEqual(['Okafor']);
    const lines = classCsv(view.rows).split('\r\n');
    const column = lines[0]!.split('","').indexOf('Dates to check');
    expect(column).toBeGreaterThan(0);
    expect(lines.slice(1, 3).map((line) => [line.split('","')[0], line.split('","')[column]])).toEqual([
      ['"García', ''],
      ['"Okafor', 'steps dated after the file was exported'],
    ]);
  });
});
