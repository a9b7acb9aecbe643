import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClassPage, type SavedClassStore } from '@/components/class/ClassPage';
import type { ParsedFile } from '@/domain/class/parse';
import { builtInCourse, builtInFingerprint } from '@/domain/course/active';
import type { EffectiveCourse } from '@/domain/course/effective';
import { TABLE_PAGE } from '@/domain/class/view-rows';
import { generatedClass, handInFile } from '../support/class-files';

const effective: EffectiveCourse = {
  course: builtInCourse,
  fingerprint: builtInFingerprint,
  lockedPaths: [],
  policyWarnings: [],
};
const stamp = { slug: builtInCourse.slug, name: builtInCourse.name, fingerprint: builtInFingerprint };

/** An in-memory stand-in for the page's IndexedDB record, recording every write. */
function memoryStore(initial?: { savedAt: number; files: ParsedFile[] }) {
  let record = initial;
  const store: SavedClassStore = {
    load: vi.fn(async () => record),
    save: vi.fn(async (files: readonly ParsedFile[], now?: number) => {
      record = { savedAt: now ?? 0, files: [...files] };
    }),
    forget: vi.fn(async () => {
      record = undefined;
    }),
  };
  return store;
}

function pick(files: Array<[string, unknown]>) {
  const input = screen.getByTestId('class-files') as HTMLInputElement;
  const list = files.map(
    ([name, data]) =>
      new File([typeof data === 'string' ? data : JSON.stringify(data)], name, { type: 'application/json' }),
  );
  Object.defineProperty(input, 'files', { value: list, configurable: true });
  fireEvent.change(input);
}

const rows = () => document.querySelectorAll('[data-testid="class-table"] tbody tr');

afterEach(cleanup);

describe('class page', () => {
  it('shows picked files as rows and lists the rest apart, storing nothing until asked', async () => {
    const saved = memoryStore();
    render(<ClassPage load={async () => effective} saved={saved} />);
    await screen.findByTestId('class-files');
    pick([
      ['a.json', handInFile({ name: 'Núñez', done: 10, course: stamp })],
      ['b.json', handInFile({ name: 'Okafor', done: 4, course: stamp, namespace: 'n2' })],
      ['c.json', '{"not": "ours"}'],
    ]);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.getByTestId('apart-rejected').textContent).toContain(
      'c.json — Not a Workbench Companion progress file',
    );
    await waitFor(() =>
      expect(screen.getByTestId('class-status').textContent).toBe('2 trainees in the table; files listed apart: 1.'),
    );
    expect(saved.save).not.toHaveBeenCalled();

    fireEvent.click(screen.getByTestId('class-keep'));
    await waitFor(() => expect(saved.save).toHaveBeenCalledOnce());
    expect((saved.save as ReturnType<typeof vi.fn>).mock.calls[0]![0]).toHaveLength(3);
    fireEvent.click(await screen.findByTestId('class-forget'));
    await waitFor(() => expect(saved.forget).toHaveBeenCalledOnce());
    await screen.findByTestId('class-keep');
  });

  it('keeps a future-dated file out of the table until the instructor chooses it, then flags its row', async () => {
    render(<ClassPage load={async () => effective} saved={memoryStore()} />);
    await screen.findByTestId('class-files');
    const future = Date.now() + 30 * 86_400_000;
    pick([
      ['garcia-future.json', handInFile({ name: 'García', done: 10, course: stamp, exportedAt: future })],
      ['garcia.json', handInFile({ name: 'García', done: 4, course: stamp })],
    ]);
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]!.textContent).toContain('garcia.json');
    expect(screen.getByTestId('apart-duplicates').textContent).toContain(
      'garcia-future.json — García, dated after this page was opened',
    );

    fireEvent.click(
      screen.getByRole('button', { name: 'Use this file instead: garcia-future.json, in place of garcia.json' }),
    );
    await waitFor(() => expect(rows()[0]!.textContent).toContain('garcia-future.json'));
    expect(rows()[0]!.querySelector('[data-flag="future"]')!.textContent).toBe('dated after this page was opened');
    expect(screen.getByTestId('apart-duplicates').textContent).toContain('garcia.json');
  });

  it('opens a kept class, and "Show them" keeps only the trainees stuck on that step', async () => {
    const files = [3, 3, 6].map((done, i) => ({
      ok: true as const,
      file: { label: `${i}.json`, data: handInFile({ name: `T${i}`, done, course: stamp, namespace: `n${i}` }) },
    }));
    render(<ClassPage load={async () => effective} saved={memoryStore({ savedAt: Date.UTC(2026, 10, 20), files })} />);
    await waitFor(() => expect(rows()).toHaveLength(3));
    // done = 3 → next is the fourth step, first sign-in.
    fireEvent.click(document.querySelector('[data-stuck="first-sign-in"] button')!);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.getByTestId('class-showing').textContent).toBe('Showing 2 of 3 trainees.');
  });

  it('puts a page of rows in the table at first, counts every trainee, and shows the rest on request with the focus on the first added row', {
    timeout: 30_000,
  }, async () => {
    const trainees = 2 * TABLE_PAGE + 50;
    render(<ClassPage load={async () => effective} saved={memoryStore()} />);
    await screen.findByTestId('class-files');
    pick(generatedClass(trainees, stamp).map(({ name, data }) => [name, data]));
    await waitFor(() => expect(screen.getByTestId('summary-trainees').textContent).toBe(String(trainees)));
    expect(rows()).toHaveLength(TABLE_PAGE);
    expect(screen.getByTestId('class-showing').textContent).toBe(
      `Showing ${trainees} of ${trainees} trainees. The table lists the first ${TABLE_PAGE}.`,
    );
    expect(screen.getByTestId('class-show-all').textContent).toBe(`Show all ${trainees} trainees`);

    fireEvent.click(screen.getByTestId('class-show-more'));
    await waitFor(() => expect(rows()).toHaveLength(2 * TABLE_PAGE));
    await waitFor(() => expect(document.activeElement).toBe(rows()[TABLE_PAGE]!.querySelector('th')));
    // 50 left: one button shows them all.
    expect(screen.getByTestId('class-show-more').textContent).toBe('Show 50 more trainees');
    expect(screen.queryByTestId('class-show-all')).toBeNull();
    fireEvent.click(screen.getByTestId('class-show-more'));
    await waitFor(() => expect(rows()).toHaveLength(trainees));
    expect(screen.queryByTestId('class-show-more')).toBeNull();
    expect(screen.getByTestId('class-showing').textContent).toBe(`Showing ${trainees} of ${trainees} trainees.`);

    // Sorting keeps every row shown; a new filter starts again from one page.
    fireEvent.click(document.querySelector('button[data-sort="progress"]')!);
    await waitFor(() =>
      expect(document.querySelector('th[aria-sort="ascending"] button[data-sort="progress"]')).not.toBeNull(),
    );
    expect(rows()).toHaveLength(trainees);
    fireEvent.input(screen.getByLabelText('Search name, workspace or file'), { target: { value: '1' } });
    // Trainee i's name and file name carry i in three digits; more than a page of them have a 1.
    const matching = Array.from({ length: trainees }, (_, i) => String(i).padStart(3, '0')).filter((i) =>
      i.includes('1'),
    ).length;
    expect(matching).toBeGreaterThan(TABLE_PAGE);
    await waitFor(() =>
      expect(screen.getByTestId('class-showing').textContent).toBe(
        `Showing ${matching} of ${trainees} trainees. The table lists the first ${TABLE_PAGE}.`,
      ),
    );
    expect(rows()).toHaveLength(TABLE_PAGE);
  });
});
