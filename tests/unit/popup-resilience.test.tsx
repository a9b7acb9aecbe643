// A damaged store or an unforeseen render error never leaves the trainee without Reset and Export.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/popup/App';
import { builtInCourse, builtInFingerprint } from '@/domain/course/active';
import type { StepStatuses } from '@/domain/progress/status-rows';
import { createHarness } from '../support/popup-support';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const renderApp = (harness: ReturnType<typeof createHarness>, initialSteps: StepStatuses) =>
  render(
    <App
      course={builtInCourse}
      fingerprint={builtInFingerprint}
      client={harness.client}
      initialSteps={initialSteps}
      openUrl={() => undefined}
      traineeName={async () => undefined}
    />,
  );

describe('popup resilience', () => {
  it('opens with a corrupt stored row (a date far in the future) and Reset still erases', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const harness = createHarness();
    await harness.store.record([{ step: 'identity', state: 'done', source: '/data-access-requirements' }]);
    const db = await harness.store.connection();
    await db.put('current', { step: 'two-factor', state: 'done', source: '/data-access-requirements', at: 1e20 });

    renderApp(harness, await harness.client.readSteps());
    expect(document.querySelector('[data-step="identity"]')?.getAttribute('data-state')).toBe('done');
    fireEvent.click(screen.getByTestId('reset'));
    fireEvent.click(screen.getByTestId('reset-yes'));
    await waitFor(() =>
      expect(document.querySelector('[data-step="identity"]')?.getAttribute('data-state')).toBe('pending'),
    );
    expect(Object.keys(await harness.store.readSteps())).toEqual([]);
  });

  it('when the checklist itself cannot be drawn, says so and keeps Export and Reset working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const harness = createHarness();
    await harness.store.record([{ step: 'identity', state: 'done', source: '/data-access-requirements' }]);
    // A row that throws when read stands for any render error nobody foresaw.
    const damaged = Object.defineProperty({}, 'identity', {
      enumerable: true,
      get: () => {
        throw new Error('damaged row');
      },
    });
    renderApp(harness, damaged as StepStatuses);

    expect(screen.getAllByTestId('render-error')[0]!.textContent).toContain("Couldn't show your progress");
    expect(screen.getByTestId('export-json')).toBeTruthy();
    fireEvent.click(screen.getByTestId('reset'));
    fireEvent.click(screen.getByTestId('reset-yes'));
    await waitFor(async () => expect(Object.keys(await harness.store.readSteps())).toEqual([]));
  });
});
