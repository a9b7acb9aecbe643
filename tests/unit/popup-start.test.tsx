// The popup paints at once from what storage holds, and never misses a change made while it was opening.
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPopupStart, showsDifferently } from '@/components/popup/popup-start';
import type { ProgressClient } from '@/components/popup/progress-client';
import { publishCourse } from '@/background/course-publisher';
import { stepsPublisher } from '@/background/steps-publisher';
import { builtInCourse, builtInFingerprint } from '@/domain/course/active';
import type { ProgressEventInput } from '@/domain/progress/events';
import type { StepStatuses } from '@/domain/progress/status-rows';
import { App } from '@/entrypoints/popup/App';
import { createHarness } from '../support/popup-support';
import { exportStamp } from '@/background/export-stamp';
import { loadEffectiveCourse } from '@/domain/course/effective';
import { POLICY_PATHS } from '@/domain/course/policy';

const done = (step: ProgressEventInput['step']): ProgressEventInput => ({
  step,
  state: 'done',
  source: '/data-access-requirements',
});
const stateOf = (step: string) => document.querySelector<HTMLElement>(`[data-step="${step}"]`)?.dataset.state;

const renderApp = (client: ProgressClient, initialSteps: StepStatuses = {}) =>
  render(
    <App
      course={builtInCourse}
      fingerprint={builtInFingerprint}
      client={client}
      initialSteps={initialSteps}
      openUrl={vi.fn()}
      traineeName={async () => undefined}
    />,
  );

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('popup start', () => {
  it('reads the published course and step rows without waiting for the policy or the background', async () => {
    await publishCourse();
    const harness = createHarness();
    await harness.store.record([done('two-factor')]);
    await stepsPublisher(harness.store)();
    // The browser's first policy read after a start can take seconds: here it never answers.
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(() => new Promise(() => undefined) as never);
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const start = await readPopupStart();
    expect(start.course.course).toEqual(builtInCourse);
    expect(start.course.fingerprint).toBe(builtInFingerprint);
    expect(start.steps?.['two-factor']?.state).toBe('done');
    expect(send).not.toHaveBeenCalled();
  });

  it('just after install (nothing published yet): the built-in course, and no rows to show yet', async () => {
    const start = await readPopupStart();
    expect(start.course.course).toEqual(builtInCourse);
    expect(start.steps).toBeUndefined();
  });

  it('shows a change made between its first read and its listening, with no broadcast to hear', async () => {
    const { client, store } = createHarness();
    // The page's report landed after the popup read its rows, before it listened.
    await store.record([done('two-factor')]);
    renderApp(client, {});
    await waitFor(() => expect(stateOf('two-factor')).toBe('done'));
  });

  it('fills in the rows when it opened with none (the background answers after the first paint)', async () => {
    const { client, store } = createHarness();
    await store.record([done('identity')]);
    let answer: (steps: StepStatuses) => void = () => undefined;
    const slow: ProgressClient = { ...client, readSteps: () => new Promise((resolve) => (answer = resolve)) };
    renderApp(slow);
    // The layout is there before the answer: course header and the three parts.
    expect(document.querySelector('h1')?.textContent).toBe(builtInCourse.name);
    expect(document.querySelectorAll('[data-part]')).toHaveLength(3);
    expect(stateOf('identity')).toBe('pending');
    answer(await store.readSteps());
    await waitFor(() => expect(stateOf('identity')).toBe('done'));
  });

  it('an older read answering late does not undo a newer one', async () => {
    const { client, store } = createHarness();
    const answers: Array<(steps: StepStatuses) => void> = [];
    let changed: () => void = () => undefined;
    const racing: ProgressClient = {
      ...client,
      readSteps: () => new Promise((resolve) => answers.push(resolve)),
      onChanged: (listener) => {
        changed = listener;
        return () => undefined;
      },
    };
    renderApp(racing);
    changed();
    await store.record([done('two-factor')]);
    answers[1]!(await store.readSteps());
    await waitFor(() => expect(stateOf('two-factor')).toBe('done'));
    answers[0]!({});
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stateOf('two-factor')).toBe('done');
  });

  it('redraws only when the policy-checked course shows differently', () => {
    const builtIn = { course: builtInCourse, fingerprint: builtInFingerprint, lockedPaths: [], policyWarnings: [] };
    expect(showsDifferently(builtIn, { ...builtIn, lockedPaths: [] })).toBe(false);
    expect(showsDifferently(builtIn, { ...builtIn, policyFingerprint: '0123456789' })).toBe(true);
    expect(showsDifferently(builtIn, { ...builtIn, course: { ...builtInCourse, name: 'IT course' } })).toBe(true);
  });
});

describe('export stamp (Reset and Import export first)', () => {
  it('never waits for the policy read: slug, name and fingerprint are not policy values, and equal the policy-checked course', async () => {
    await fakeBrowser.storage.managed.set({ instructor: { name: 'IT desk', email: 'it@example.edu' } });
    const { course, fingerprint } = await loadEffectiveCourse();
    expect(exportStamp()).toEqual({ slug: course.slug, name: course.name, fingerprint });
    expect(POLICY_PATHS.filter((path) => ['slug', 'name', 'version'].includes(path.split('.')[0]!))).toEqual([]);
    const read = vi.spyOn(fakeBrowser.storage.managed, 'get');
    exportStamp();
    expect(read).not.toHaveBeenCalled();
  });
});
