import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInCourse, builtInFingerprint } from '@/domain/course/active';
import type { ProgressEventInput } from '@/domain/progress/events';
import { renderPopup } from '../support/popup-support';
import { pageReport as dar } from '../support/progress-events';

const row = (step: string) => document.querySelector<HTMLElement>(`[data-step="${step}"]`)!;
/** Only the current part is open at first; the others open with their heading's button. */
const openPart = (title: RegExp) => fireEvent.click(screen.getByRole('button', { name: title }));

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('popup: what it shows', () => {
  it('shows the course, the instructor contact and the build fingerprint', async () => {
    await renderPopup();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(builtInCourse.name);
    expect(document.body.textContent).toContain(builtInCourse.instructor.email);
    expect(screen.getByTestId('fingerprint').textContent).toBe(builtInFingerprint);
    expect(screen.queryByTestId('policy-fingerprint')).toBeNull();
  });

  it('also shows the fingerprint after IT policy when a policy changed the course', async () => {
    await renderPopup({ policyFingerprint: '0123456789' });
    expect(screen.getByTestId('fingerprint').textContent).toBe(builtInFingerprint);
    expect(screen.getByTestId('policy-fingerprint').textContent).toBe('0123456789');
  });

  it('starts from stored rows: done with date, pending, and not needed for this course', async () => {
    await renderPopup({ seed: [dar('two-factor', 'done', { shownDate: 'Nov 18, 2026' }), dar('identity', 'pending')] });
    expect(row('two-factor').dataset.state).toBe('done');
    expect(row('two-factor').textContent).toContain('Done · Nov 18, 2026');
    expect(row('identity').dataset.state).toBe('pending');
    // The default course is Registered Tier with nobody to share with.
    expect(row('ct-training').dataset.state).toBe('not-needed');
    expect(row('workspace-shared').dataset.state).toBe('not-needed');
    // 11 steps needed: Part 3 on Researcher Workbench 2.0 includes adding the data collection.
    expect(row('data-collection-added').dataset.state).toBe('pending');
    expect(screen.getByTestId('overall-progress').getAttribute('value')).toBe(String(Math.round(100 / 11)));
    expect(screen.getByTestId('time-left').textContent).toContain('h');
  });

  it('shows Part 3 on Researcher Workbench 2.0 done, the data collection with its tier', async () => {
    const rw2 = (step: ProgressEventInput['step'], extra: Partial<ProgressEventInput> = {}) =>
      dar(step, 'done', { source: 'workbench.verily.com/workspaces/garcia-cwml-training', ...extra });
    const { report } = await renderPopup();
    await report({
      type: 'progress/record',
      events: [
        rw2('workspace-created'),
        rw2('research-use-statement'),
        rw2('data-collection-added', { tier: 'registered' }),
      ],
    });
    await waitFor(() => expect(row('data-collection-added').dataset.state).toBe('done'));
    expect(row('data-collection-added').textContent).toContain('Registered Tier');
    expect(row('workspace-created').dataset.state).toBe('done');
    expect(row('research-use-statement').dataset.state).toBe('done');
  });

  it('updates live when a page reports progress while the popup is open', async () => {
    const { report } = await renderPopup();
    expect(row('rt-training').dataset.state).toBe('pending');
    await report({ type: 'progress/record', events: [dar('rt-training')] });
    await waitFor(() => expect(row('rt-training').dataset.state).toBe('done'));
  });

  it('"next step" opens the page of the first step not done', async () => {
    const { report, openUrl } = await renderPopup();
    await report({
      type: 'progress/record',
      events: ['account-institution', 'account-details', 'account-confirmed', 'first-sign-in'].map((s) =>
        dar(s as ProgressEventInput['step']),
      ),
    });
    await waitFor(() => expect(screen.getByTestId('next-step').textContent).toContain('Google 2-Step Verification'));
    fireEvent.click(screen.getByTestId('next-step'));
    expect(openUrl).toHaveBeenCalledWith('https://workbench.researchallofus.org/data-access-requirements');
  });
});

describe('popup: ticking by hand', () => {
  it('marks a step done and takes it back', async () => {
    await renderPopup();
    openPart(/^Part 3/);
    fireEvent.click(
      within(row('workspace-created')).getByRole('button', { name: 'Mark done: Training workspace created' }),
    );
    await waitFor(() => expect(row('workspace-created').dataset.state).toBe('done'));
    expect(row('workspace-created').textContent).toContain('Marked done by you');
    const undo = within(row('workspace-created')).getByRole('button', {
      name: 'Undo my tick: Training workspace created',
    });
    undo.focus();
    fireEvent.click(undo);
    await waitFor(() => expect(row('workspace-created').dataset.state).toBe('pending'));
    // The same button turned back into "Mark done": keyboard focus did not fall to the page.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Mark done: Training workspace created');
  });

  it('offers no tick for steps the pages show (the Workbench is the truth there)', async () => {
    await renderPopup();
    openPart(/^Part 2/);
    expect(within(row('two-factor')).queryByRole('button')).toBeNull();
  });

  it('shows a storage-full error as an alert instead of swallowing it', async () => {
    await renderPopup();
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    openPart(/^Part 3/);
    fireEvent.click(within(row('workspace-created')).getByRole('button', { name: /Mark done/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('storage quota exceeded');
    expect(row('workspace-created').dataset.state).toBe('pending');
  });
});

describe('popup: reset', () => {
  it('asks first (focus on Cancel), erases, and can undo for a few seconds', async () => {
    const { report } = await renderPopup();
    await report({ type: 'progress/record', events: [dar('two-factor'), dar('identity')] });
    await waitFor(() => expect(row('identity').dataset.state).toBe('done'));

    fireEvent.click(screen.getByTestId('reset'));
    const confirm = screen.getByTestId('reset-confirm');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
    fireEvent.click(within(confirm).getByTestId('reset-yes'));
    await waitFor(() => expect(row('identity').dataset.state).toBe('pending'));
    expect(screen.getByTestId('notice').textContent).toContain('Progress erased.');

    fireEvent.click(screen.getByTestId('undo'));
    await waitFor(() => expect(row('identity').dataset.state).toBe('done'));
    expect(row('two-factor').dataset.state).toBe('done');
  });

  it('Escape cancels without erasing', async () => {
    const { report } = await renderPopup();
    await report({ type: 'progress/record', events: [dar('two-factor')] });
    fireEvent.click(screen.getByTestId('reset'));
    fireEvent.keyDown(screen.getByTestId('reset-confirm'), { key: 'Escape' });
    expect(screen.queryByTestId('reset-confirm')).toBeNull();
    await waitFor(() => expect(row('two-factor').dataset.state).toBe('done'));
  });

  it('the undo offer goes away after a few seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await renderPopup();
      fireEvent.click(screen.getByTestId('reset'));
      fireEvent.click(screen.getByTestId('reset-yes'));
      await waitFor(() => expect(screen.getByTestId('undo')).toBeTruthy());
      vi.advanceTimersByTime(7_000);
      expect(screen.getByTestId('undo')).toBeTruthy();
      vi.advanceTimersByTime(1_100);
      await waitFor(() => expect(screen.queryByTestId('undo')).toBeNull());
    } finally {
      vi.useRealTimers();
    }
  });
});
