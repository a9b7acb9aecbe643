// The background's copy of the per-step rows, which the popup reads first (one storage call instead of IndexedDB).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readStepsForPopup } from '@/components/popup/progress-client';
import { handleProgressMessage } from '@/background/handle-progress-message';
import { stepsPublisher } from '@/background/steps-publisher';
import { readPublishedSteps } from '@/state/published-steps';

// The key earlier versions wrote: the copy survives an upgrade.
const PUBLISHED_STEPS_KEY = 'publishedSteps';

import { DB_NAME, DB_VERSION, ProgressStore } from '@/background/progress-store';
import { listenAsBackground, POPUP_SENDER } from '../support/background-support';
import { pageReport as done } from '../support/progress-events';

let dbCount = 0;
const setup = () => {
  const store = new ProgressStore(`published-steps-test-${++dbCount}`);
  const publishSteps = stepsPublisher(store);
  return { store, publishSteps, deps: { store, publishSteps, notifyChanged: vi.fn() } };
};

afterEach(() => vi.restoreAllMocks());

describe('the per-step rows copied for the popup', () => {
  it('are current when the reply arrives, copied before open popups are told', async () => {
    const { deps } = setup();
    const write = vi.spyOn(fakeBrowser.storage.local, 'set');
    await handleProgressMessage({ type: 'progress/record', events: [done('two-factor')] }, deps);
    expect(await readPublishedSteps()).toMatchObject({ 'two-factor': { state: 'done' } });
    expect(write.mock.invocationCallOrder[0]).toBeLessThan(deps.notifyChanged.mock.invocationCallOrder[0]!);
    await handleProgressMessage({ type: 'progress/reset' }, deps);
    expect(await readPublishedSteps()).toEqual({});
  });

  it('end as the newest state when a change comes while an older copy is still being written', async () => {
    const { deps } = setup();
    const local = fakeBrowser.storage.local;
    const write = local.set.bind(local);
    let olderWriteStarted!: () => void;
    const started = new Promise<void>((resolve) => (olderWriteStarted = resolve));
    vi.spyOn(local, 'set').mockImplementationOnce(async (items) => {
      olderWriteStarted();
      await new Promise((resolve) => setTimeout(resolve, 20));
      return write(items);
    });
    const first = handleProgressMessage({ type: 'progress/mark', step: 'two-factor' }, deps);
    await started;
    await handleProgressMessage({ type: 'progress/mark', step: 'identity' }, deps);
    await first;
    expect(Object.keys((await readPublishedSteps()) ?? {}).sort()).toEqual(['identity', 'two-factor']);
  });

  it('are not rewritten when unchanged (a worker restart)', async () => {
    const { publishSteps, store } = setup();
    await store.record([done('ducc')]);
    await publishSteps();
    const write = vi.spyOn(fakeBrowser.storage.local, 'set');
    await publishSteps();
    expect(write).not.toHaveBeenCalled();
  });

  it('are removed, never left stale, when copying fails; the change itself still succeeds', async () => {
    const { deps, publishSteps } = setup();
    await publishSteps();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('disk full'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await handleProgressMessage({ type: 'progress/mark', step: 'ducc' }, deps)).toMatchObject({ ok: true });
    expect(await readPublishedSteps()).toBeUndefined();
  });

  it('are used by the popup only from this database version; otherwise it asks the background', async () => {
    const store = new ProgressStore(DB_NAME);
    await store.record([done('identity')]);
    listenAsBackground({ store, notifyChanged: vi.fn(), effectiveCourse: vi.fn() }, POPUP_SENDER);
    await fakeBrowser.storage.local.set({ [PUBLISHED_STEPS_KEY]: { dbVersion: DB_VERSION - 1, rows: [] } });
    expect(await readStepsForPopup()).toMatchObject({ identity: { state: 'done' } });
    await fakeBrowser.storage.local.set({ [PUBLISHED_STEPS_KEY]: { dbVersion: DB_VERSION, rows: [] } });
    expect(await readStepsForPopup()).toEqual({});
  });
});
