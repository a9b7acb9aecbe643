// The popup's folding as the trainee meets it: the current part open, the others one line each, every fold a real
// disclosure button (a native button in the heading: Enter and Space work, focus stays, screen readers hear the state).
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { STEPS, type PartId, type StepId } from '@/domain/progress/steps';
import { renderPopup } from '../support/popup-support';
import { pageReport as seen } from '../support/progress-events';

const stepsOf = (part: PartId) => STEPS.filter((s) => s.part === part).map((s) => s.id);
const partButton = (title: RegExp) => screen.getByRole('button', { name: title });
const panelOf = (button: HTMLElement) => document.getElementById(button.getAttribute('aria-controls')!)!;
const isOpen = (title: RegExp) => partButton(title).getAttribute('aria-expanded') === 'true';

afterEach(cleanup);

describe('popup folding: what opens at first', () => {
  it('fresh profile: Part 1 open with its steps, Parts 2 and 3 one line each', async () => {
    await renderPopup();
    expect([isOpen(/^Part 1/), isOpen(/^Part 2/), isOpen(/^Part 3/)]).toEqual([true, false, false]);
    const account = panelOf(partButton(/^Part 1/));
    expect(account.hidden).toBe(false);
    expect([...account.querySelectorAll('[data-step]')].map((li) => li.getAttribute('data-step'))).toEqual(
      stepsOf('account'),
    );
    expect(panelOf(partButton(/^Part 2/)).hidden).toBe(true);
    expect(partButton(/^Part 2/).textContent).toMatch(/^Part 2 · Data access · 0 of \d+ done$/);
  });

  it('Part 1 done: it folds into "Part 1 · Account · 4 of 4 done ✓" and Part 2 opens', async () => {
    await renderPopup({ seed: stepsOf('account').map((step) => seen(step)) });
    const count = stepsOf('account').length;
    const account = partButton(/^Part 1/);
    expect(account.textContent).toBe(`Part 1 · Account · ${count} of ${count} done ✓`);
    // The tick is drawn, not read out: the name says "done" already.
    expect(account.querySelector('[aria-hidden="true"]')?.textContent).toBe(' ✓');
    expect([isOpen(/^Part 1/), isOpen(/^Part 2/), isOpen(/^Part 3/)]).toEqual([false, true, false]);
  });

  it('at the end every part is one done line, and "all done" shows', async () => {
    await renderPopup({ seed: STEPS.map((s) => seen(s.id)) });
    expect([isOpen(/^Part 1/), isOpen(/^Part 2/), isOpen(/^Part 3/)]).toEqual([false, false, false]);
    for (const part of ['account', 'data-access', 'workspace'])
      expect(document.querySelector(`[data-part="${part}"]`)?.getAttribute('data-place')).toBe('done');
    expect(screen.getByTestId('all-done')).toBeTruthy();
  });

  it('follows progress while open: finishing Part 1 on the Workbench folds it and opens Part 2', async () => {
    const { report } = await renderPopup();
    await report({ type: 'progress/record', events: stepsOf('account').map((step) => seen(step)) });
    await waitFor(() => expect(isOpen(/^Part 2/)).toBe(true));
    expect(isOpen(/^Part 1/)).toBe(false);
  });
});

describe('popup folding: the disclosure buttons', () => {
  it('is a native button inside the part heading, pointing at the panel it shows', async () => {
    await renderPopup();
    const button = partButton(/^Part 2/);
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).toBe('button');
    expect(button.parentElement?.tagName).toBe('H2');
    // The part stays a region named by its heading, as before the folding.
    expect(screen.getByRole('region', { name: /^Part 2 · Data access/ })).toBeTruthy();
    expect(panelOf(button).querySelector('[data-step="two-factor"]')).toBeTruthy();
  });

  it('opens and closes in place, keeping the focus on the button', async () => {
    await renderPopup();
    const button = partButton(/^Part 2/);
    button.focus();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panelOf(button).hidden).toBe(false);
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(panelOf(button).hidden).toBe(true);
    expect(document.activeElement).toBe(button);
  });

  it('the current part can be closed too, and stays as the trainee left it while progress arrives', async () => {
    const { report } = await renderPopup();
    fireEvent.click(partButton(/^Part 1/));
    expect(isOpen(/^Part 1/)).toBe(false);
    await report({ type: 'progress/record', events: [seen('account-institution')] });
    await waitFor(() => expect(partButton(/^Part 1/).textContent).toContain('1 of'));
    expect(isOpen(/^Part 1/)).toBe(false);
  });

  it('a part the trainee ticks in stays open when the tick finishes it (the focused button stays)', async () => {
    const everythingBut = (last: StepId) => STEPS.map((s) => s.id).filter((id) => id !== last);
    await renderPopup({ seed: everythingBut('workspace-created').map((step) => seen(step)) });
    expect(isOpen(/^Part 3/)).toBe(true);
    const mark = within(panelOf(partButton(/^Part 3/))).getByRole('button', { name: /^Mark done/ });
    mark.focus();
    fireEvent.click(mark);
    await waitFor(() => expect(screen.queryByTestId('all-done')).toBeTruthy());
    expect(isOpen(/^Part 3/)).toBe(true);
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Undo my tick/);
  });

  it('hand-in and help are one line each until opened; their headings still name their regions', async () => {
    await renderPopup();
    for (const name of ['Hand in to your instructor', 'Help & resources']) {
      const button = screen.getByRole('button', { name });
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(panelOf(button).hidden).toBe(true);
      fireEvent.click(button);
      expect(button.getAttribute('aria-expanded')).toBe('true');
      expect(panelOf(button).hidden).toBe(false);
      expect(screen.getByRole('region', { name })).toBeTruthy();
    }
    expect(screen.getByTestId('export-json')).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: 'Help & resources' })).getAllByRole('link').length,
    ).toBeGreaterThan(0);
  });
});
