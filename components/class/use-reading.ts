// Reading a pick in the page: its progress, shown once a pick takes longer than half a second, and a way to cancel.
import { useRef, useState } from 'preact/hooks';
import type { ParsedFile } from '@/domain/class/parse';
import { readPicked, type PickedFile, type ReadProgress } from '@/domain/class/sources';

/** Shorter reads show nothing: a line that flashes by only distracts. */
export const PROGRESS_AFTER_MS = 500;
/** The line changes at most this often: each change is read out by screen readers. */
const UPDATE_MS = 1000;

export interface Reading extends ReadProgress {
  visible: boolean;
}

/** Picks are read one after another; cancel stops the one being read (what it read so far is kept). */
export function useReading(onRead: (parsed: ParsedFile[], cancelled: boolean) => void) {
  const [reading, setReading] = useState<Reading>();
  const current = useRef<AbortController | undefined>(undefined);
  const queue = useRef(Promise.resolve());

  const readOne = async (picked: readonly PickedFile[]) => {
    const abort = new AbortController();
    current.current = abort;
    let updated = performance.now();
    setReading({ done: 0, total: picked.length, visible: false });
    const timer = setTimeout(() => setReading((r) => r && { ...r, visible: true }), PROGRESS_AFTER_MS);
    try {
      const parsed = await readPicked(picked, {
        signal: abort.signal,
        onProgress: (progress) => {
          if (performance.now() - updated < UPDATE_MS) return;
          updated = performance.now();
          setReading((r) => r && { ...r, ...progress });
        },
      });
      onRead(parsed, abort.signal.aborted);
    } finally {
      clearTimeout(timer);
      current.current = undefined;
      setReading(undefined);
    }
  };

  return {
    reading,
    read: (picked: readonly PickedFile[]) => {
      queue.current = queue.current.then(() => readOne(picked));
    },
    cancel: () => current.current?.abort(),
  };
}
