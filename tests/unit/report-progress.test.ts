// What a page shows reaches the store even when the background is away or cannot save, nothing older overwrites it,
// and while something is not saved the page is told so (it is never dropped silently).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProgressEventInput } from '@/domain/progress/events';
import { createReporter, RETRY_DELAYS_MS, type SendOutcome } from '@/content/reporting/report-progress';

const dar = (step: ProgressEventInput['step'], state: ProgressEventInput['state'] = 'done'): ProgressEventInput => ({
  step,
  state,
  source: '/data-access-requirements',
});

/** A background that fails the first `failures` sends (no reply, a refused write, alternately), then stores. */
function flakyBackground(failures: number, refusal: SendOutcome = 'not-saved') {
  const calls: ProgressEventInput[][] = [];
  const stored: ProgressEventInput[] = [];
  const send = vi.fn(async (events: ProgressEventInput[]): Promise<SendOutcome> => {
    calls.push(events);
    if (calls.length <= failures) {
      if (calls.length % 2) throw new Error('Could not establish connection. Receiving end does not exist.');
      return refusal;
    }
    stored.push(...events);
    return 'saved';
  });
  return { send, calls, stored };
}

/** A background whose disk is full until `room()` is called. */
function fullDisk() {
  let full = true;
  const stored: ProgressEventInput[] = [];
  const send = vi.fn(async (events: ProgressEventInput[]): Promise<SendOutcome> => {
    if (full) return 'not-saved';
    stored.push(...events);
    return 'saved';
  });
  const room = () => {
    full = false;
  };
  return { send, stored, room };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('progress reporter', () => {
  it('retries with growing waits until the background answers saved, then sends nothing more', async () => {
    const background = flakyBackground(3);
    const report = createReporter({ send: background.send });
    report([dar('two-factor')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(background.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]! - 1);
    expect(background.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(background.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[1]! + RETRY_DELAYS_MS[2]!);
    expect(background.calls).toHaveLength(4);
    expect(background.stored).toEqual([dar('two-factor')]);

    report([dar('two-factor')]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(background.calls).toHaveLength(4);
  });

  it('never gives up while the page is open: a save the background could not make is asked for again, at the longest wait', async () => {
    const disk = fullDisk();
    const report = createReporter({ send: disk.send });
    report([dar('identity')]);
    const waits = RETRY_DELAYS_MS.reduce((sum, ms) => sum + ms, 0);
    await vi.advanceTimersByTimeAsync(waits + 5 * RETRY_DELAYS_MS.at(-1)!);
    expect(disk.send.mock.calls.length).toBe(1 + RETRY_DELAYS_MS.length + 5);
    disk.room();
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS.at(-1)!);
    expect(disk.stored).toEqual([dar('identity')]);
  });

  it('tells the page while something is not saved, at once when the background holds it, and again once saved', async () => {
    const disk = fullDisk();
    const unsaved: boolean[] = [];
    const report = createReporter({ send: disk.send, onUnsaved: (value) => unsaved.push(value) });
    report([dar('two-factor')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(unsaved).toEqual([true]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(unsaved).toEqual([true]);
    disk.room();
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS.at(-1)!);
    expect(unsaved).toEqual([true, false]);
  });

  it('a worker that misses the first message (starting up) is not "not saved": only a second failure says so', async () => {
    const background = flakyBackground(1);
    const unsaved: boolean[] = [];
    const report = createReporter({ send: background.send, onUnsaved: (value) => unsaved.push(value) });
    report([dar('two-factor')]);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]!);
    expect(background.stored).toEqual([dar('two-factor')]);
    expect(unsaved).toEqual([]);

    const away = flakyBackground(3, 'no-answer');
    const unsavedAway: boolean[] = [];
    const reportAway = createReporter({ send: away.send, onUnsaved: (value) => unsavedAway.push(value) });
    reportAway([dar('identity')]);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]!);
    expect(unsavedAway).toEqual([true]);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[1]! + RETRY_DELAYS_MS[2]!);
    expect(unsavedAway).toEqual([true, false]);
  });

  it('stops when the content script is invalidated', async () => {
    const disk = fullDisk();
    const controller = new AbortController();
    const report = createReporter({ send: disk.send, signal: controller.signal });
    report([dar('ducc')]);
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(disk.send).toHaveBeenCalledTimes(1);
  });

  it('sends only the latest state of a step: an older one never overwrites a newer one', async () => {
    const background = flakyBackground(1);
    const report = createReporter({ send: background.send });
    report([dar('rt-training', 'pending')]);
    await vi.advanceTimersByTimeAsync(0);
    report([dar('rt-training', 'done'), dar('two-factor')]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(background.stored).toEqual([dar('rt-training', 'done'), dar('two-factor')]);
  });

  it('a busy page does not defeat the backoff', async () => {
    const background = flakyBackground(100);
    const report = createReporter({ send: background.send });
    for (let i = 0; i < 200; i++) {
      report([dar('ducc')]);
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(background.calls.length).toBeLessThanOrEqual(3);
  });
});
