import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MIGRATIONS } from '@/background/progress-migrations';
import { DB_VERSION, openProgressDb, ProgressStore } from '@/background/progress-store';
import { pageReport as done, testClock as clock, T0 } from '../support/progress-events';

let dbCount = 0;
const freshName = () => `progress-test-${++dbCount}`;

afterEach(() => vi.restoreAllMocks());

describe('progress store: append and derive', () => {
  it('logs each change and keeps the latest state per step', async () => {
    const store = new ProgressStore(freshName(), clock());
    await store.record([{ step: 'two-factor', state: 'pending', source: '/data-access-requirements' }]);
    await store.record([done('two-factor', 'done', { shownDate: 'Nov 18, 2026' }), done('identity')]);
    const snapshot = await store.snapshot();
    expect(snapshot.eventCount).toBe(3);
    expect(snapshot.steps['two-factor']).toMatchObject({ state: 'done', shownDate: 'Nov 18, 2026' });
    expect(snapshot.steps.identity?.state).toBe('done');
    expect(snapshot.steps.ducc).toBeUndefined();
    expect(await store.readSteps()).toEqual(snapshot.steps);
  });

  it('does not log a report that changes nothing (same page seen again)', async () => {
    const store = new ProgressStore(freshName(), clock());
    expect(await store.record([done('two-factor')])).toHaveLength(1);
    expect(
      await store.record([done('two-factor'), done('two-factor', 'done', { source: '/ras-callback' })]),
    ).toHaveLength(0);
    expect((await store.snapshot()).eventCount).toBe(1);
  });

  it('a tick by hand can be taken back, restoring what the pages said before', async () => {
    const store = new ProgressStore(freshName(), clock());
    await store.record([{ step: 'workspace-created', state: 'pending', source: '/workspaces/build' }]);
    await store.markByHand('workspace-created');
    expect((await store.readSteps())['workspace-created']).toMatchObject({ state: 'done', source: 'manual' });
    await store.undoMark('workspace-created');
    expect((await store.readSteps())['workspace-created']).toMatchObject({ state: 'pending', source: 'manual' });
    // The log keeps all three: nothing is deleted.
    expect((await store.snapshot()).eventCount).toBe(3);
  });

  it('undo leaves a step the pages marked done alone', async () => {
    const store = new ProgressStore(freshName(), clock());
    await store.record([done('ducc')]);
    expect(await store.undoMark('ducc')).toEqual([]);
    expect((await store.readSteps()).ducc?.state).toBe('done');
  });

  it('replaces everything with an export in one go, and resets to empty', async () => {
    const source = new ProgressStore(freshName(), clock());
    await source.record([done('two-factor'), done('identity')]);
    await source.record([{ step: 'identity', state: 'pending', source: 'x' }]);
    const exported = await source.exportData({ slug: 'c', name: 'Course', fingerprint: 'abc' });
    expect(exported.course?.slug).toBe('c');

    const target = new ProgressStore(freshName(), clock());
    await target.record([done('ducc')]);
    await target.replaceWith(exported);
    const steps = await target.readSteps();
    expect(Object.keys(steps).sort()).toEqual(['identity', 'two-factor']);
    expect(steps.identity?.state).toBe('pending');
    expect((await target.snapshot()).eventCount).toBe(3);

    await target.reset();
    expect(await target.snapshot()).toEqual({ steps: {}, eventCount: 0 });
  });
});

describe('progress store: schema versions', () => {
  it('upgrades a v1 database (log only) to v2, deriving the current rows and keeping every event', async () => {
    const name = freshName();
    const v1 = await openProgressDb(name, 1);
    expect([...v1.objectStoreNames]).toEqual(['events']);
    const v1Events = [
      { step: 'two-factor', state: 'pending', source: '/data-access-requirements', at: T0 + 1 },
      { step: 'two-factor', state: 'done', source: '/data-access-requirements', shownDate: 'Nov 2, 2026', at: T0 + 2 },
      { step: 'rt-training', state: 'done', source: '/data-access-requirements', at: T0 + 3 },
      { step: 'ct-training', state: 'ineligible', source: '/data-access-requirements', at: T0 + 4 },
    ];
    for (const event of v1Events) await v1.add('events', event);
    v1.close();

    const store = new ProgressStore(name);
    const snapshot = await store.snapshot();
    expect(snapshot.eventCount).toBe(4);
    expect(snapshot.steps['two-factor']).toEqual(v1Events[1]);
    expect(snapshot.steps['rt-training']?.state).toBe('done');
    expect(snapshot.steps['ct-training']?.state).toBe('ineligible');
    const db = await store.connection();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['current', 'events']);
    expect((await store.exportData()).events.map(({ id, ...rest }) => ({ id, ...rest }))).toEqual(
      v1Events.map((event, i) => ({ id: i + 1, ...event })),
    );
  });

  it('a connection on the old version steps aside (versionchange) so the upgrade is not stuck', async () => {
    const name = freshName();
    const old = await openProgressDb(name, 1, { onVersionChange: () => old.close() });
    await old.add('events', { step: 'ducc', state: 'done', source: '/data-access-requirements', at: T0 + 5 });
    const store = new ProgressStore(name);
    expect((await store.readSteps()).ducc?.state).toBe('done');
  });

  it('reports a blocked upgrade and finishes once the old connection closes', async () => {
    const name = freshName();
    const old = await openProgressDb(name, 1);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const onBlocked = vi.fn(() => old.close());
    const upgraded = await openProgressDb(name, 2, { onBlocked });
    expect(onBlocked).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toContain('waiting for another tab');
    expect(upgraded.version).toBe(2);
    upgraded.close();
  });

  it('the store lets go of its connection when a newer version wants in', async () => {
    const name = freshName();
    const store = new ProgressStore(name);
    await store.record([done('identity')]);
    const newer = await openDB(name, DB_VERSION + 1, { upgrade: (db) => void db.createObjectStore('later') });
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
  });
});

describe('progress store: robustness', () => {
  it('reopens transparently after the connection was closed under it', async () => {
    const store = new ProgressStore(freshName(), clock());
    await store.record([done('two-factor')]);
    (await store.connection()).close();
    await store.record([done('identity')]);
    const steps = await store.readSteps();
    expect(steps['two-factor']?.state).toBe('done');
    expect(steps.identity?.state).toBe('done');
  });

  it('several writers on one database at once lose nothing', async () => {
    const name = freshName();
    const writers = Array.from({ length: 4 }, () => new ProgressStore(name));
    const steps = ['two-factor', 'identity', 'rt-training', 'ducc'] as const;
    await Promise.all(
      writers.flatMap((writer, w) =>
        // Each write changes its step's state (only changes of state are logged).
        Array.from({ length: 25 }, (_, n) =>
          writer.record([
            { ...done(steps[w]!, 'done', { shownDate: `w${w}-n${n}` }), state: n % 2 ? 'pending' : 'done' },
          ]),
        ),
      ),
    );
    const exported = await new ProgressStore(name).exportData();
    expect(exported.events).toHaveLength(100);
    expect(new Set(exported.events.map((e) => e.shownDate)).size).toBe(100);
    // Each step's current row is the last event logged for it.
    const steps2 = await new ProgressStore(name).readSteps();
    for (const step of steps) {
      const last = exported.events.filter((e) => e.step === step).at(-1)!;
      expect(steps2[step]?.shownDate).toBe(last.shownDate);
    }
  });

  it('ignores corrupted or foreign records, logging why', async () => {
    const name = freshName();
    const store = new ProgressStore(name, clock());
    await store.record([done('two-factor')]);
    const raw = await store.connection();
    await raw.add('events', { hello: 'from another extension' });
    await raw.put('current', { step: 'not-a-step', state: 'done', source: 'x', at: 1 });
    await raw.put('current', { step: 'identity', state: 'finished', source: 'x', at: 1 });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const steps = await store.readSteps();
    expect(Object.keys(steps)).toEqual(['two-factor']);
    expect((await store.exportData()).events).toHaveLength(1);
    const reasons = warn.mock.calls.map((call) => call.join(' '));
    expect(reasons.some((r) => r.includes('step: invalid_value'))).toBe(true);
    expect(reasons.some((r) => r.includes('state: invalid_value'))).toBe(true);
    expect(reasons.some((r) => r.includes('(record): unrecognized_keys'))).toBe(true);
  });
});

describe('the database version', () => {
  it('DB_VERSION is the number of migrations', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
  });
});
