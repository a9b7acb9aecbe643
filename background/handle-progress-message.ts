// The background's answers to progress messages; every write lands here, so errors are replied, never swallowed.
import type { Reply, Request } from '../messaging/protocol';
import { checkExport, type ExportCourse, type ProgressExport } from '../domain/progress/export-format';
import { describeStoreError } from './describe-store-error';
import type { SaveQueue } from './save-queue';
import type { ProgressStore } from './progress-store';
import { checkExportInSlices } from './check-import';

export interface HandlerDeps {
  store: ProgressStore;
  /** Tells open popups to re-read (they may be closed: that is fine). */
  notifyChanged: () => void;
  /** Copies the per-step rows for the popup's fast first read (steps-publisher.ts); never rejects. */
  publishSteps?: () => Promise<void>;
  /** Stamped on exports so an instructor sees which course build they came from. */
  course?: () => Promise<ExportCourse | undefined>;
  /** Holds pages' reports until they are saved (save-queue.ts); without it a report is written or refused at once. */
  saves?: SaveQueue;
}

/** Every request but the course one. */
export type ProgressRequest = Exclude<Request, { type: 'course/effective' }>;

export async function handleProgressMessage(message: ProgressRequest, deps: HandlerDeps): Promise<Reply> {
  try {
    return await answer(message, deps);
  } catch (error) {
    return { ok: false, error: describeStoreError(error) };
  }
}

async function answer(message: ProgressRequest, deps: HandlerDeps): Promise<Reply> {
  const { store, course } = deps;
  switch (message.type) {
    case 'progress/record': {
      if (!deps.saves) return changed(await store.record(message.events), deps);
      const result = await deps.saves.record(message.events);
      // Held, not lost: the page says "not saved yet" and asks again; the background keeps trying.
      if (!result.saved) return { ok: false, code: 'not-saved', error: result.error };
      return changed(result.events, deps);
    }
    case 'progress/mark':
      return changed(await store.markByHand(message.step), deps, true);
    case 'progress/undo-mark':
      return changed(await store.undoMark(message.step), deps, true);
    case 'progress/get':
      // A popup that sees reports waiting asks: a worker that was stopped tries them again first.
      await deps.saves?.retry();
      return { ok: true, value: await store.snapshot() };
    case 'progress/export':
      return { ok: true, value: await store.exportData(await course?.()) };
    case 'progress/reset': {
      const backup = await restorableBackup(deps);
      if (!backup.ok) return backup;
      await store.reset();
      // Erased means erased: what pages showed and was waiting to be saved goes too.
      await deps.saves?.clear();
      await announceChange(deps);
      return { ok: true, value: backup.value };
    }
    case 'progress/import': {
      const checked = await checkExportInSlices(message.data);
      if (!checked.ok) return { ok: false, code: 'invalid-import', error: checked.problems.join(', ') };
      // The popup's Undo restores what was there: replace it only if that can be brought back.
      const backup = await restorableBackup(deps);
      if (!backup.ok) return backup;
      await store.replaceWith(checked.data);
      await announceChange(deps);
      return { ok: true, value: await store.snapshot() };
    }
  }
}

/** The current progress as an export, checked as Import will check it, before anything destructive. */
async function restorableBackup({
  store,
  course,
}: HandlerDeps): Promise<{ ok: true; value: ProgressExport } | { ok: false; error: string }> {
  const backup = await store.exportData(await course?.());
  const checked = checkExport(backup);
  if (checked.ok) return { ok: true, value: backup };
  return {
    ok: false,
    error: `nothing was changed: the current progress could not be kept for Undo (${checked.problems.join(', ')}). Export it first.`,
  };
}

async function changed(events: unknown[], deps: HandlerDeps, wrote = false): Promise<Reply> {
  if (events.length) await announceChange(deps);
  // A write that worked: the disk has room again for what was held.
  if (wrote) void deps.saves?.retry();
  return { ok: true, value: await deps.store.snapshot() };
}

/** The copy first: a popup that re-reads on the broadcast, or opens once the reply is in, sees the change. */
async function announceChange({ publishSteps, notifyChanged }: HandlerDeps): Promise<void> {
  await publishSteps?.();
  notifyChanged();
}
