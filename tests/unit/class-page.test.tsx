import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClassPage, type SavedClassStore } from '@/components/class/ClassPage';
import type { ParsedFile } from '@/utils/class/parse';
import { builtInCourse, builtInFingerprint } from '@/utils/course/active';
import type { EffectiveCourse } from '@/utils/course/effective';
import { handInFile } from '../support/class-files';

const effective: EffectiveCourse = { course: builtInCourse, fingerprint: builtInFingerprint, lockedPaths: [], policyWarnings: [] };
const stamp = { slug: builtInCourse.slug, name: builtInCourse.name, fingerprint: builtInFingerprint };

/** An in-memory stand-in for the page's IndexedDB record, recording every write. */
function memoryStore(initial?: { savedAt: number; files: ParsedFile[] }) {
  let record = initial;
  const store: SavedClassStore = {
    load: vi.fn(async () => record),
    save: vi.fn(async (files: readonly ParsedFile[], now?: number) => void (record = { savedAt: now ?? 0, files: [...files] })),
    forget: vi.fn(async () => void (record = undefined)),
  };
  return store;
}

function pick(files: Array<[string, unknown]>) {
  const input = screen.getByTestId('class-files') as HTMLInputElement;
  const list = files.map(([name, data]) => new File([typeof data === 'string' ? data : JSON.stringify(data)], name, { type: 'application/json' }));
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
    expect(screen.getByTestId('apart-rejected').textContent).toContain('c.json — Not a Workbench Companion progress file');
    await waitFor(() => expect(screen.getByTestId('class-status').textContent).toBe('2 trainees in the table; files listed apart: 1.'));
    expect(saved.save).not.toHaveBeenCalled();

    fireEvent.click(screen.getByTestId('class-keep'));
    await waitFor(() => expect(saved.save).toHaveBeenCalledOnce());
    expect((saved.save as ReturnType<typeof vi.fn>).mock.calls[0]![0]).toHaveLength(3);
    fireEvent.click(await screen.findByTestId('class-forget'));
    await waitFor(() => expect(saved.forget).toHaveBeenCalledOnce());
    await screen.findByTestId('class-keep');
  });

  it('opens a kept class, and "Show them" keeps only the trainees stuck on that step', async () => {
    const files = [3, 3, 6].map((done, i) => ({ ok: true as const, file: { label: `${i}.json`, data: handInFile({ name: `T${i}`, done, course: stamp, namespace: `n${i}` }) } }));
    render(<ClassPage load={async () => effective} saved={memoryStore({ savedAt: Date.UTC(2026, 10, 20), files })} />);
    await waitFor(() => expect(rows()).toHaveLength(3));
    // done = 3 → next is the fourth step, first sign-in.
    fireEvent.click(document.querySelector('[data-stuck="first-sign-in"] button')!);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.getByTestId('class-showing').textContent).toBe('Showing 2 of 3 trainees.');
  });
});
