// The background's answers to progress messages; every write lands here, so errors are replied, never swallowed.
import type { Message, Reply } from '../messages';
import { checkExport, type ExportCourse } from './export-format';
import type { ProgressStore } from './store';

export interface HandlerDeps {
  store: ProgressStore;
  /** Tells open popups to re-read (they may be closed: that is fine). */
  notifyChanged: () => void;
  /** Copies the per-step rows for the popup's fast first read (publish-steps.ts); never rejects. */
  publishSteps?: () => Promise<void>;
  /** Stamped on exports so an instructor sees which course build they came from. */
  course?: () => Promise<ExportCourse | undefined>;
}

export async function handleProgressMessage(message: Message, deps: HandlerDeps): Promise<Reply> {
  try {
    return await answer(message, deps);
  } catch (error) {
    return { ok: false, error: describeStoreError(error) };
  }
}

async function answer(message: Message, deps: HandlerDeps): Promise<Reply> {
  const { store, course } = deps;
  switch (message.type) {
    case 'progress/record':
      return changed(await store.record(message.events), deps);
    case 'progress/mark':
      return changed(await store.markByHand(message.step), deps);
    case 'progress/undo-mark':
      return changed(await store.undoMark(message.step), deps);
    case 'progress/get':
      return { ok: true, value: await store.snapshot() };
    case 'progress/export':
      return { ok: true, value: await store.exportData(await course?.()) };
    case 'progress/reset': {
      const backup = await store.exportData(await course?.());
      await store.reset();
      await announceChange(deps);
      return { ok: true, value: backup };
    }
    case 'progress/import': {
      const checked = checkExport(message.data);
      if (!checked.ok) return { ok: false, code: 'invalid-import', error: checked.problems.join(', ') };
      await store.replaceWith(checked.data);
      await announceChange(deps);
      return { ok: true, value: await store.snapshot() };
    }
  }
}

async function changed(events: unknown[], deps: HandlerDeps): Promise<Reply> {
  if (events.length) await announceChange(deps);
  return { ok: true, value: await deps.store.snapshot() };
}

/** The copy first: a popup that re-reads on the broadcast, or opens once the reply is in, sees the change. */
async function announceChange({ publishSteps, notifyChanged }: HandlerDeps): Promise<void> {
  await publishSteps?.();
  notifyChanged();
}

export function describeStoreError(error: unknown): string {
  const name = (error as DOMException)?.name;
  if (name === 'QuotaExceededError') return 'The browser has no room left to save progress (storage quota exceeded).';
  return (error as Error)?.message || String(error);
}
