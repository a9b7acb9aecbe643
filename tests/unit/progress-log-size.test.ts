// The log records changes of state, stays bounded, and the backup behind Undo can always be restored.
import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '@/domain/progress/events';
import { checkExport, MAX_IMPORTED_EVENTS } from '@/domain/progress/export-format';
import { handleProgressMessage } from '@/background/handle-progress-message';
import { importableTail, ProgressStore } from '@/background/progress-store';
import { pageReport as dar, testClock as clock, T0 } from '../support/progress-events';

let dbCount = 0;
const freshStore = (maxEvents?: number) => new ProgressStore(`log-size-${++dbCount}`, clock(), maxEvents);

describe('progress log size', () => {
  it('a page whose printed date keeps changing adds one event, not one per change', async () => {
    const store = freshStore();
    for (let day = 1; day <= 300; day++)
      await store.record([dar('two-factor', 'done', { shownDate: `Nov ${day}, 2026` })]);
    const { events } = await store.exportData();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ state: 'done', shownDate: 'Nov 300, 2026', at: T0 + 1000 });
    expect((await store.readSteps())['two-factor']).toMatchObject({ shownDate: 'Nov 300, 2026', at: T0 + 1000 });
  });

  it('every change of state is still its own event, and a tick by hand stays apart from the page', async () => {
    const store = freshStore();
    await store.record([dar('rt-training', 'pending')]);
    await store.record([dar('rt-training', 'done')]);
    await store.record([dar('rt-training', 'done', { shownDate: 'Nov 2, 2026' })]);
    await store.record([dar('rt-training', 'pending')]);
    await store.markByHand('rt-training');
    expect(
      (await store.exportData()).events.map((e) => `${e.state}${e.shownDate ? ` ${e.shownDate}` : ''} ${e.source}`),
    ).toEqual([
      'pending /data-access-requirements',
      'done Nov 2, 2026 /data-access-requirements',
      'pending /data-access-requirements',
      'done manual',
    ]);
  });

  it('stays within its cap when a page flips a step back and forth, keeping every step restorable', async () => {
    const store = freshStore(40);
    await store.record([dar('identity')]);
    for (let i = 0; i < 120; i++) await store.record([dar('ducc', i % 2 ? 'done' : 'pending')]);
    const backup = await store.exportData();
    expect(backup.events.length).toBeLessThanOrEqual(40);
    expect(backup.events.map((e) => e.step)).toContain('identity');

    const elsewhere = freshStore();
    await elsewhere.replaceWith(backup);
    expect(await elsewhere.readSteps()).toEqual(await store.readSteps());
  });

  it('an export of a log longer than Import accepts (left by an older build) is cut to one Import accepts, every step kept', {
    timeout: 30_000,
  }, () => {
    const log: ProgressEvent[] = [{ ...dar('identity'), at: T0, id: 1 }];
    for (let i = 2; i <= MAX_IMPORTED_EVENTS + 5; i++)
      log.push({ ...dar('ducc', i % 2 ? 'done' : 'pending'), at: T0 + i, id: i });
    const events = importableTail(log);
    expect(events.length).toBeLessThanOrEqual(MAX_IMPORTED_EVENTS);
    expect(events.length).toBeGreaterThan(MAX_IMPORTED_EVENTS - 10);
    expect(events[0]).toEqual(log[0]);
    expect(events.at(-1)).toEqual(log.at(-1));
    expect(checkExport({ format: 'workbench-companion-progress', version: 1, exportedAt: T0, events }).ok).toBe(true);
    expect(importableTail(log.slice(0, 10))).toEqual(log.slice(0, 10));
  });

  it('refuses to reset or import when the current progress could not be restored afterwards', async () => {
    // A clock far in the future stamps an export Import refuses: erasing now would lose everything for good.
    const store = new ProgressStore(`log-size-${++dbCount}`, () => Date.UTC(2150, 0, 1));
    const db = await store.connection();
    await db.add('events', { ...dar('identity'), at: T0 });
    await db.put('current', { ...dar('identity'), at: T0 });
    const deps = { store, notifyChanged: () => undefined };

    const reset = await handleProgressMessage({ type: 'progress/reset' }, deps);
    expect(reset).toMatchObject({ ok: false, error: expect.stringContaining('could not be kept for Undo') });
    const fileFromElsewhere = { format: 'workbench-companion-progress', version: 1, exportedAt: T0, events: [] };
    expect(await handleProgressMessage({ type: 'progress/import', data: fileFromElsewhere }, deps)).toMatchObject({
      ok: false,
    });
    expect(Object.keys(await store.readSteps())).toEqual(['identity']);
  });
});
