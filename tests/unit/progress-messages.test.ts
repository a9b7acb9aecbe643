import { describe, expect, it, vi } from 'vitest';
import { requestSchema } from '@/messaging/schema';
import { handleProgressMessage } from '@/background/handle-progress-message';
import { ProgressStore } from '@/background/progress-store';
import { pageReport as done, T0 } from '../support/progress-events';

let dbCount = 0;
const setup = () => {
  const store = new ProgressStore(`messages-test-${++dbCount}`);
  const notifyChanged = vi.fn();
  const course = async () => ({ slug: 'cwml', name: 'CWML', fingerprint: 'f00d' });
  return { store, notifyChanged, deps: { store, notifyChanged, course } };
};

class FullStore extends ProgressStore {
  override record(): never {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
}

describe('background progress messages', () => {
  it('records, answers the snapshot and tells popups only when something changed', async () => {
    const { deps, notifyChanged } = setup();
    const first = await handleProgressMessage({ type: 'progress/record', events: [done('two-factor')] }, deps);
    expect(first).toMatchObject({ ok: true, value: { eventCount: 1, steps: { 'two-factor': { state: 'done' } } } });
    await handleProgressMessage({ type: 'progress/record', events: [done('two-factor')] }, deps);
    expect(notifyChanged).toHaveBeenCalledTimes(1);
  });

  it('marks by hand and undoes', async () => {
    const { deps } = setup();
    const marked = await handleProgressMessage({ type: 'progress/mark', step: 'workspace-created' }, deps);
    expect(marked).toMatchObject({
      ok: true,
      value: { steps: { 'workspace-created': { state: 'done', source: 'manual' } } },
    });
    const undone = await handleProgressMessage({ type: 'progress/undo-mark', step: 'workspace-created' }, deps);
    expect(undone).toMatchObject({ ok: true, value: { steps: { 'workspace-created': { state: 'pending' } } } });
  });

  it('reset answers the old progress (for undo), and importing it brings everything back', async () => {
    const { deps, store } = setup();
    await store.record([done('two-factor'), done('identity')]);
    const reset = await handleProgressMessage({ type: 'progress/reset' }, deps);
    expect(reset.ok && (reset.value as { course: unknown; events: unknown[] })).toMatchObject({
      course: { slug: 'cwml' },
      events: [{}, {}],
    });
    expect((await store.snapshot()).eventCount).toBe(0);
    const restored = await handleProgressMessage(
      { type: 'progress/import', data: reset.ok ? reset.value : undefined },
      deps,
    );
    expect(restored).toMatchObject({ ok: true, value: { eventCount: 2, steps: { identity: { state: 'done' } } } });
  });

  it('refuses a file that is not an export, with a reason, and changes nothing', async () => {
    const { deps, store, notifyChanged } = setup();
    await store.record([done('ducc')]);
    const reply = await handleProgressMessage(
      { type: 'progress/import', data: { format: 'something-else', events: 'no' } },
      deps,
    );
    expect(reply).toMatchObject({
      ok: false,
      code: 'invalid-import',
      error: expect.stringMatching(/^format: invalid_value/),
    });
    expect((await store.readSteps()).ducc?.state).toBe('done');
    expect(notifyChanged).not.toHaveBeenCalled();
  });

  // 10,000 events through zod and IndexedDB take seconds on a busy 2-core machine.
  it('accepts a 10,000-event import', { timeout: 30_000 }, async () => {
    const { deps, store } = setup();
    const events = Array.from({ length: 10_000 }, (_, i) => ({
      step: 'two-factor' as const,
      state: i % 2 ? ('done' as const) : ('pending' as const),
      source: '/data-access-requirements',
      at: T0 + i + 1,
    }));
    const reply = await handleProgressMessage(
      { type: 'progress/import', data: { format: 'workbench-companion-progress', version: 1, exportedAt: T0, events } },
      deps,
    );
    expect(reply).toMatchObject({
      ok: true,
      value: { eventCount: 10_000, steps: { 'two-factor': { state: 'done', at: T0 + 10_000 } } },
    });
    expect((await store.exportData()).events).toHaveLength(10_000);
  });

  it('replies a storage-full error instead of swallowing it', async () => {
    const store = new FullStore(`messages-test-${++dbCount}`);
    const reply = await handleProgressMessage(
      { type: 'progress/record', events: [done('identity')] },
      { store, notifyChanged: vi.fn() },
    );
    expect(reply).toEqual({
      ok: false,
      error: 'The browser has no room left to save progress (storage quota exceeded).',
    });
  });

  it('the schema rejects unknown steps and oversized batches', () => {
    expect(requestSchema.safeParse({ type: 'progress/mark', step: 'hack' }).success).toBe(false);
    expect(
      requestSchema.safeParse({ type: 'progress/record', events: Array.from({ length: 51 }, () => done('ducc')) })
        .success,
    ).toBe(false);
    expect(requestSchema.safeParse({ type: 'progress/export' }).success).toBe(true);
  });
});
