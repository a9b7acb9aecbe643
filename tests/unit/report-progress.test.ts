// What a page shows reaches the store even when the background is briefly away, and nothing older overwrites it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProgressEventInput } from '@/domain/progress/events';
import { createReporter, RETRY_DELAYS_MS } from '@/content/reporting/report-progress';

const dar = (step: ProgressEventInput['step'], state: ProgressEventInput['state'] = 'done'): ProgressEventInput => ({
  step,
  state,
  source: '/data-access-requirements',
});

/** A background that fails the first `failures` sends (no reply, a refused write), then stores. */
function flakyBackground(failures: number) {
  const calls: ProgressEventInput[][] = [];
  const stored: ProgressEventInput[] = [];
  const send = vi.fn(async (events: ProgressEventInput[]) => {
    calls.push(events);
    if (calls.length <= failures) {
      if (calls.length % 2) throw new Error('Could not establish connection. Receiving end does not exist.');
      return false;
    }
    stored.push(...events);
    return true;
  });
  return { send, calls, stored };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('progress reporter', () => {
  it('retries with growing waits until the background answers ok, then sends nothing more', async () => {
    const background = flakyBackground(3);
    const report = createReporter(background.send);
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

  it('a failed send is not remembered as sent: the same report later goes out again', async () => {
    const background = flakyBackground(RETRY_DELAYS_MS.length + 1);
    const report = createReporter(background.send);
    report([dar('identity')]);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(background.calls).toHaveLength(RETRY_DELAYS_MS.length + 1);
    expect(background.stored).toEqual([]);
    // Bounded: it gave up, until the page reports again.
    report([dar('identity')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(background.stored).toEqual([dar('identity')]);
  });

  it('sends only the latest state of a step: an older one never overwrites a newer one', async () => {
    const background = flakyBackground(1);
    const report = createReporter(background.send);
    report([dar('rt-training', 'pending')]);
    await vi.advanceTimersByTimeAsync(0);
    report([dar('rt-training', 'done'), dar('two-factor')]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(background.stored).toEqual([dar('rt-training', 'done'), dar('two-factor')]);
  });

  it('a busy page does not defeat the backoff', async () => {
    const background = flakyBackground(100);
    const report = createReporter(background.send);
    for (let i = 0; i < 200; i++) {
      report([dar('ducc')]);
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(background.calls.length).toBeLessThanOrEqual(3);
  });
});
