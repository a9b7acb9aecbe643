// The popup's progress state: starts from what was read before the first render, stays live, writes via the background.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '@/domain/i18n/t';
import type { ReplyTo, Request } from '@/messaging/protocol';
import type { ProgressExport } from '@/domain/progress/export-format';
import type { StepId } from '@/domain/progress/steps';
import type { StepStatuses } from '@/domain/progress/status-rows';
import type { UnsavedProgress } from '@/state/unsaved-progress';
import type { ProgressClient } from './progress-client';

/** How long "Undo" stays offered after erasing or replacing progress. */
export const UNDO_WINDOW_MS = 8000;

export interface Undoable {
  /** What happened, for the notice ("Progress erased."). */
  text: string;
  backup: ProgressExport;
}

export function useProgress(client: ProgressClient, initialSteps: StepStatuses, initialError?: string) {
  const [steps, setSteps] = useState(initialSteps);
  const [error, setError] = useState(initialError);
  const [undoable, setUndoable] = useState<Undoable>();
  const [unsaved, setUnsaved] = useState<UnsavedProgress>();

  useEffect(() => {
    // Only the newest read is shown: an older answer arriving late must not undo a newer one.
    let reads = 0;
    const refresh = () => {
      const read = ++reads;
      client.readSteps().then(
        (next) => read === reads && setSteps(next),
        (e: Error) => read === reads && setError(t('popup_error_read', e.message)),
      );
      // The background says "changed" when a save failed or what waited got saved, too.
      return client.readUnsaved().then(
        (next) => {
          if (read === reads) setUnsaved(next);
          return next;
        },
        () => undefined,
      );
    };
    const stop = client.onChanged(refresh);
    // Read again once listening: a change made between the first read and now has no broadcast left to hear.
    // Reports waiting to be saved: asking wakes a stopped service worker, which tries them again.
    void refresh().then((waiting) => waiting && client.send({ type: 'progress/get' }));
    return stop;
  }, [client]);

  useEffect(() => {
    if (!undoable) return undefined;
    const timer = setTimeout(() => setUndoable(undefined), UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [undoable]);

  /** Sends a write; a refusal (quota, closed store, bad file) is shown, never swallowed. */
  const write = useCallback(
    async <M extends Request>(message: M): Promise<ReplyTo<M>> => {
      const reply = await client.send(message);
      if (reply.ok) setError(undefined);
      else setError(t(reply.code === 'invalid-import' ? 'popup_import_invalid' : 'popup_error_save', reply.error));
      return reply;
    },
    [client],
  );

  const refreshFrom = (value: { steps: StepStatuses }) => setSteps(value.steps);

  return {
    steps,
    error,
    unsaved,
    undoable,
    showError: setError,
    mark: async (step: StepId) => {
      const reply = await write({ type: 'progress/mark', step });
      if (reply.ok) refreshFrom(reply.value);
    },
    undoMark: async (step: StepId) => {
      const reply = await write({ type: 'progress/undo-mark', step });
      if (reply.ok) refreshFrom(reply.value);
    },
    reset: async (): Promise<boolean> => {
      const reply = await write({ type: 'progress/reset' });
      if (!reply.ok) return false;
      setSteps({});
      setUndoable({ text: t('popup_reset_done'), backup: reply.value });
      return true;
    },
    /** Replaces progress with an export (the background checks it), keeping the old one for "undo". */
    importData: async (data: unknown): Promise<boolean> => {
      const before = await write({ type: 'progress/export' });
      if (!before.ok) return false;
      const reply = await write({ type: 'progress/import', data });
      if (!reply.ok) return false;
      refreshFrom(reply.value);
      setUndoable({ text: t('popup_import_done', String(reply.value.eventCount)), backup: before.value });
      return true;
    },
    undo: async () => {
      if (!undoable) return;
      const reply = await write({ type: 'progress/import', data: undoable.backup });
      if (!reply.ok) return;
      refreshFrom(reply.value);
      setUndoable(undefined);
    },
    exportData: async (): Promise<ProgressExport | undefined> => {
      const reply = await write({ type: 'progress/export' });
      return reply.ok ? reply.value : undefined;
    },
  };
}
export type ProgressModel = ReturnType<typeof useProgress>;
