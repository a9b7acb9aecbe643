/** @jsxImportSource @/ui/dom-jsx */
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnswerSheet } from '@/ui/AnswerSheet';
import { answerSheet } from '@/guidance/answer-sheet';
import { builtInCourse } from '@/domain/course/active';
import type { Course } from '@/domain/course/schema';
import { renderPopup } from '../support/popup-support';

const course: Course = {
  ...builtInCourse,
  workspace: { ...builtInCourse.workspace, nameTemplate: '{lastName}_CWML_training' },
  answers: {
    ...builtInCourse.answers,
    aianResearchType: 'FINDINGS_BY_AI_AN',
    requestReview: true,
    intendedStudy: '<b>not markup</b> & plain text',
  },
};

function clipboardSpy(result: 'ok' | 'refused' = 'ok') {
  const writeText = vi.fn((text: string) =>
    result === 'ok' ? Promise.resolve(text) : Promise.reject(new DOMException('denied', 'NotAllowedError')),
  );
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('answer sheet rows', () => {
  it('every question of the Research Use Statement with the course’s answer, in the form’s order', () => {
    const rows = answerSheet(course, 'Garcia');
    expect(rows.map((row) => row.id)).toEqual([
      'name',
      'purpose',
      'intendedStudy',
      'scientificApproach',
      'anticipatedFindings',
      'dissemination',
      'disseminationOther',
      'outcomes',
      'population',
      'aianType',
      'aianDetails',
      'review',
    ]);
    const answer = (id: string) => rows.find((row) => row.id === id)!.answer;
    expect(answer('name')).toBe('Garcia_CWML_training');
    expect(answer('intendedStudy')).toBe(course.answers.intendedStudy);
    expect(answer('disseminationOther')).toBe(course.answers.disseminationOther);
    expect(answer('aianDetails')).toBe(course.answers.aianResearchDetails);
    expect(answer('aianType')).toMatch(/^I am planning to break down my findings by race\/ethnicity/);
    expect(answer('review')).toMatch(/^Yes, I would like to request a review/);
    expect(rows.every((row) => row.question && !row.question.startsWith('rw2_q_'))).toBe(true);
  });

  it('without a last name yet, the name row shows the course rule itself', () => {
    expect(answerSheet(course)[0]!.answer).toBe('{lastName}_CWML_training');
    expect(answerSheet(builtInCourse).find((row) => row.id === 'review')!.answer).toMatch(/^No, I have no concerns/);
  });
});

describe('answer sheet in the page', () => {
  it('renders course texts as text, and Copy writes that answer on the click with a visible copied state', async () => {
    const writeText = clipboardSpy();
    document.body.append(<AnswerSheet rows={answerSheet(course, 'Garcia')} open />);
    expect(document.querySelector('b')).toBeNull();
    expect(document.body.textContent).toContain('<b>not markup</b> & plain text');
    const button = document.querySelector<HTMLButtonElement>('button[data-answer="intendedStudy"]')!;
    expect(button.type).toBe('button');
    expect(writeText).not.toHaveBeenCalled();
    button.click();
    await vi.waitFor(() => expect(button.hasAttribute('data-wbc-copied')).toBe(true));
    expect(writeText).toHaveBeenCalledWith(course.answers.intendedStudy);
    expect(button.textContent).toBe('Copied ✓');
    expect(document.querySelector('[role="status"]')!.textContent).toMatch(/^Copied the answer to/);
    // Copying another answer moves the copied state.
    const other = document.querySelector<HTMLButtonElement>('button[data-answer="aianDetails"]')!;
    other.click();
    await vi.waitFor(() => expect(other.hasAttribute('data-wbc-copied')).toBe(true));
    expect(button.hasAttribute('data-wbc-copied')).toBe(false);
  });

  it('a refused clipboard says how to copy by hand, never claims it copied', async () => {
    clipboardSpy('refused');
    document.execCommand = vi.fn(() => false);
    document.body.append(<AnswerSheet rows={answerSheet(course)} open />);
    const button = document.querySelector<HTMLButtonElement>('button[data-answer="scientificApproach"]')!;
    button.click();
    await vi.waitFor(() =>
      expect(document.querySelector('[role="status"]')!.textContent).toMatch(/did not allow copying/),
    );
    expect(button.hasAttribute('data-wbc-copied')).toBe(false);
    expect(document.activeElement).toBe(button);
  });
});

describe('answer sheet in the popup', () => {
  it('is there at any time, with the stored last name in the workspace name, and copies each answer', async () => {
    const writeText = clipboardSpy();
    await renderPopup({ course, trainee: 'Okafor' });
    const sheet = screen.getByTestId('answer-sheet');
    await waitFor(() => expect(sheet.textContent).toContain('Okafor_CWML_training'));
    for (const row of answerSheet(course, 'Okafor')) {
      sheet.querySelector<HTMLButtonElement>(`button[data-answer="${row.id}"]`)!.click();
      await waitFor(() => expect(writeText).toHaveBeenLastCalledWith(row.answer));
    }
    await waitFor(() =>
      expect(sheet.querySelector('button[data-answer="review"]')!.hasAttribute('data-wbc-copied')).toBe(true),
    );
    expect(sheet.querySelectorAll('[data-wbc-copied]').length).toBe(1);
  });

  it('Part 3 names Researcher Workbench 2.0; a legacy course keeps the old title', async () => {
    await renderPopup({ course });
    expect(document.querySelector('[data-part="workspace"] h2')!.textContent).toMatch(/Researcher Workbench 2\.0/);
    cleanup();
    await renderPopup({ course: { ...course, workspace: { ...course.workspace, platform: 'legacy' } } });
    expect(document.querySelector('[data-part="workspace"] h2')!.textContent).not.toMatch(/2\.0/);
  });
});
