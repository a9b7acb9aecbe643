// A full disk never loses what pages showed: the background holds it, says so, and saves it when room returns.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSaveQueue } from '@/background/save-queue';
import { ProgressStore } from '@/background/progress-store';
import {
  readUnsavedProgress,
  UNSAVED_PROGRESS_KEY,
  writeUnsavedProgress,
  type UnsavedProgress,
} from '@/state/unsaved-progress';
import { createUi } from '@/content/ui/mount-ui';
import { saveNote } from '@/content/ui/save-note';
import { createHarness, renderPopup } from '../support/popup-support';
import { App } from '@/entrypoints/popup/App';
import { builtInCourse, builtInFingerprint } from '@/domain/course/active';
import { pageReport as seen } from '../support/progress-events';

let dbCount = 0;
const RETRY_MS = [20, 40, 80];
const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A real store on a disk that is full until `room()`. */
function diskWithStore() {
  const store = new ProgressStore(`unsaved-test-${++dbCount}`);
  const write = store.record.bind(store);
  let full = true;
  vi.spyOn(store, 'record').mockImplementation((inputs) => (full ? Promise.reject(quotaExceeded()) : write(inputs)));
  let kept: UnsavedProgress | undefined;
  const announce = vi.fn(async () => undefined);
  let clock = Date.UTC(2026, 11, 6, 9);
  const deps = {
    store,
    keep: async (value: UnsavedProgress | undefined) => {
      kept = value;
    },
    restore: async () => kept,
    announce,
    now: () => clock,
    // Short real waits: fake timers would also stop the fake IndexedDB.
    delays: RETRY_MS,
  };
  return {
    store,
    deps,
    announce,
    kept: () => kept,
    room: () => {
      full = false;
    },
    tick: (ms: number) => {
      clock += ms;
    },
  };
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the background holds what it could not save', () => {
  it('keeps each step’s latest status with when the page showed it, says so once, and saves it on its own when room returns', async () => {
    const disk = diskWithStore();
    const saves = createSaveQueue(disk.deps);
    const shownAt = disk.deps.now();
    expect(await saves.record([seen('two-factor'), seen('identity', 'pending')])).toEqual({
      saved: false,
      error: 'The browser has no room left to save progress (storage quota exceeded).',
    });
    expect(disk.kept()?.events.map(({ step, state, at }) => [step, state, at])).toEqual([
      ['two-factor', 'done', shownAt],
      ['identity', 'pending', shownAt],
    ]);
    expect(disk.announce).toHaveBeenCalledTimes(1);
    // Retries that fail again change nothing the popup shows.
    await vi.waitFor(() => expect(disk.store.record).toHaveBeenCalledTimes(3));
    expect(disk.announce).toHaveBeenCalledTimes(1);

    disk.room();
    disk.tick(60_000);
    await vi.waitFor(() => expect(disk.kept()).toBeUndefined());
    expect(disk.announce).toHaveBeenCalledTimes(2);
    const steps = await disk.store.readSteps();
    expect(steps['two-factor']).toMatchObject({ state: 'done', at: shownAt });
    expect(steps.identity).toMatchObject({ state: 'pending', at: shownAt });
  });

  it('a newer report of a held step replaces it; new details of the same state keep the first time', async () => {
    const disk = diskWithStore();
    const saves = createSaveQueue(disk.deps);
    const first = disk.deps.now();
    await saves.record([seen('rt-training', 'pending'), seen('two-factor')]);
    disk.tick(1000);
    await saves.record([seen('rt-training', 'done'), { ...seen('two-factor'), shownDate: 'Dec 6, 2026' }]);
    expect(disk.kept()?.events).toEqual([
      { ...seen('rt-training', 'done'), at: first + 1000 },
      { ...seen('two-factor'), shownDate: 'Dec 6, 2026', at: first },
    ]);
    // The next report, once there is room, saves everything held with it.
    disk.room();
    expect((await saves.record([seen('ducc')])).saved).toBe(true);
    expect(Object.keys(await disk.store.readSteps()).sort()).toEqual(['ducc', 'rt-training', 'two-factor']);
    expect(disk.kept()).toBeUndefined();
  });

  it('a restarted service worker picks up what the stopped one held (storage.session) and saves it', async () => {
    const disk = diskWithStore();
    await createSaveQueue(disk.deps).record([seen('ducc')]);
    disk.room();
    await createSaveQueue(disk.deps).resume();
    expect((await disk.store.readSteps()).ducc?.state).toBe('done');
    expect(disk.kept()).toBeUndefined();
  });

  it('reset forgets what was held (the trainee erased their progress)', async () => {
    const disk = diskWithStore();
    const saves = createSaveQueue(disk.deps);
    await saves.record([seen('ducc')]);
    await saves.clear();
    disk.room();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(disk.store.record).toHaveBeenCalledTimes(1);
    expect(await disk.store.readSteps()).toEqual({});
    expect(disk.kept()).toBeUndefined();
  });
});

describe('storage.session copy', () => {
  it('round-trips, is checked when read, and goes away once everything is saved', async () => {
    const unsaved = { error: 'no room', events: [{ ...seen('ducc'), at: 1 }] };
    await writeUnsavedProgress(unsaved);
    expect(await readUnsavedProgress()).toEqual(unsaved);
    await fakeBrowser.storage.session.set({ [UNSAVED_PROGRESS_KEY]: { error: 3 } });
    expect(await readUnsavedProgress()).toBeUndefined();
    await writeUnsavedProgress(undefined);
    expect(await fakeBrowser.storage.session.get(UNSAVED_PROGRESS_KEY)).toEqual({});
  });
});

describe('popup while a save waits', () => {
  it('shows the error and the steps waiting to be saved, then takes them away once saved', async () => {
    const popup = await renderPopup();
    const record = vi.spyOn(popup.store, 'record').mockRejectedValue(quotaExceeded());
    const reply = await popup.report({
      type: 'progress/record',
      events: [seen('two-factor'), seen('identity', 'pending')],
    });
    expect(reply).toMatchObject({ ok: false, code: 'not-saved' });
    const alert = await screen.findByTestId('unsaved');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Not saved yet: The browser has no room left to save progress');
    expect(
      [...alert.querySelectorAll<HTMLElement>('[data-unsaved-step]')].map((li) => [
        li.dataset.unsavedStep,
        li.dataset.state,
      ]),
    ).toEqual([
      ['two-factor', 'done'],
      ['identity', 'pending'],
    ]);
    expect(alert.textContent).toContain('2-Step Verification');
    // The checklist still says what is saved.
    expect(document.querySelector<HTMLElement>('[data-step="two-factor"]')?.dataset.state).toBe('pending');

    record.mockRestore();
    await popup.saves.retry();
    await waitFor(() => expect(screen.queryByTestId('unsaved')).toBeNull());
    await waitFor(() =>
      expect(document.querySelector<HTMLElement>('[data-step="two-factor"]')?.dataset.state).toBe('done'),
    );
  });
});

describe('popup opened while reports wait', () => {
  it('asks the background, which tries them again at once (a stopped worker has no timer left)', async () => {
    const harness = createHarness();
    const record = vi.spyOn(harness.store, 'record').mockRejectedValue(quotaExceeded());
    await harness.report({ type: 'progress/record', events: [seen('ducc')] });
    record.mockRestore();
    const send = vi.spyOn(harness.client, 'send');
    render(
      <App
        course={builtInCourse}
        fingerprint={builtInFingerprint}
        client={harness.client}
        initialSteps={await harness.store.readSteps()}
        openUrl={vi.fn()}
        traineeName={async () => undefined}
      />,
    );
    // Sooner than the background's own first retry (1 s).
    await waitFor(() => expect(document.querySelector<HTMLElement>('[data-step="ducc"]')?.dataset.state).toBe('done'), {
      timeout: 500,
    });
    expect(send).toHaveBeenCalledWith({ type: 'progress/get' });
    expect(screen.queryByTestId('unsaved')).toBeNull();
  });
});

describe('the note on the Workbench page', () => {
  it('shows "not saved yet" in a corner while something is not saved, and goes when saved or invalidated', async () => {
    const controller = new AbortController();
    const show = saveNote(document, createUi, controller.signal);
    const note = () => document.querySelector('wbc-save-note');
    show(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(note()).toBeNull();
    show(true);
    await vi.waitFor(() => expect(note()?.shadowRoot?.textContent).toContain('Progress not saved yet'));
    expect(note()?.shadowRoot?.querySelector('[role="status"]')).not.toBeNull();
    show(false);
    await vi.waitFor(() => expect(note()).toBeNull());
    show(true);
    await vi.waitFor(() => expect(note()).not.toBeNull());
    controller.abort();
    await vi.waitFor(() => expect(note()).toBeNull());
    show(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(note()).toBeNull();
  });
});
