// The progress store: a log of each step's changes of state (capped) plus the derived current state per step.
// Only the background and extension pages open it (a content script would get the Workbench's database).
import { openDB, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import type { ProgressEvent, ProgressEventInput, StepStatus } from '../domain/progress/events';
import {
  EXPORT_FORMAT,
  MAX_IMPORTED_EVENTS,
  type ExportCourse,
  type ProgressExport,
} from '../domain/progress/export-format';
import { MIGRATIONS } from './progress-migrations';
import { DB_NAME, DB_VERSION } from '../state/progress-db';
import {
  inTimeOrder,
  latestPerStep,
  MANUAL_SOURCE,
  readEvent,
  sameState,
  sameStatus,
  withoutId,
} from '../domain/progress/records';
import { readStatusRow, stepsFrom, type ProgressSnapshot, type StepStatuses } from '../domain/progress/status-rows';
import { STEP_IDS, type StepId } from '../domain/progress/steps';

export { MIGRATIONS } from './progress-migrations';
export { exportSchema, type ProgressExport } from '../domain/progress/export-format';

export { DB_NAME, DB_VERSION } from '../state/progress-db';
export type { StepStatuses } from '../domain/progress/status-rows';
export type { ProgressSnapshot };

/** A real journey writes a few dozen events; a page flipping a step back and forth cannot fill the disk. */
export const MAX_LOG_EVENTS = 10_000;

export interface OpenHooks {
  /** Another connection wants a newer version, or the browser closed ours: let go of it. */
  onVersionChange?: () => void;
  onBlocked?: () => void;
}

export function openProgressDb(name = DB_NAME, version = DB_VERSION, hooks: OpenHooks = {}): Promise<IDBPDatabase> {
  return openDB(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) await MIGRATIONS[v]!(db as IDBPDatabase, tx as never);
    },
    blocked() {
      console.warn('[workbench-companion] progress database upgrade is waiting for another tab to close it');
      hooks.onBlocked?.();
    },
    blocking: () => hooks.onVersionChange?.(),
    terminated: () => hooks.onVersionChange?.(),
  });
}

export class ProgressStore {
  private db?: Promise<IDBPDatabase>;

  constructor(
    private readonly name = DB_NAME,
    private readonly now: () => number = Date.now,
    private readonly maxEvents = MAX_LOG_EVENTS,
  ) {}

  /** The open connection; opened lazily and again after it closed (service worker restart, upgrade elsewhere). */
  connection(): Promise<IDBPDatabase> {
    this.db ??= openProgressDb(this.name, DB_VERSION, { onVersionChange: () => this.close() }).catch((error) => {
      this.db = undefined;
      throw error;
    });
    return this.db;
  }

  close(): void {
    const pending = this.db;
    this.db = undefined;
    void pending?.then((db) => db.close()).catch(() => undefined);
  }

  private async withRetry<T>(work: (db: IDBPDatabase) => Promise<T>): Promise<T> {
    try {
      return await work(await this.connection());
    } catch (error) {
      if ((error as DOMException)?.name !== 'InvalidStateError') throw error;
      this.close(); // the connection was closed under us: open a fresh one once
      return work(await this.connection());
    }
  }

  /**
   * Logs changes of state only: a step's new state is appended; new details in the same state (a date the page
   * printed, the workspace) replace that state's event, so a page whose text keeps changing cannot grow the log.
   * Returns the events written. `at`, when given, is when a page showed it (a save that had to wait keeps that time).
   */
  record(inputs: Array<ProgressEventInput & { at?: number }>): Promise<ProgressEvent[]> {
    return this.withRetry(async (db) => {
      const tx = db.transaction(['events', 'current'], 'readwrite');
      const events = tx.objectStore('events');
      const changed: ProgressEvent[] = [];
      for (const input of inputs) {
        const status: StepStatus = { ...input, at: input.at ?? this.now() };
        const current = readStatusRow(await tx.objectStore('current').get(input.step));
        if (sameStatus(current, status)) continue;
        const last = sameState(current, status)
          ? await events.index('by-step').openCursor(IDBKeyRange.only(input.step), 'prev')
          : null;
        // Same state, new details: the state's event keeps its time and takes the details.
        const written: StepStatus = last ? { ...status, at: current!.at } : status;
        const id = last
          ? ((await last.update({ ...written, id: last.primaryKey })) as number)
          : ((await events.add(written)) as number);
        await tx.objectStore('current').put(written);
        changed.push({ ...written, id });
      }
      if (changed.length) await this.trimLog(events);
      await tx.done;
      return changed;
    });
  }

  /** Drops the oldest events past the cap, never a step's latest one (an export must still restore every step). */
  private async trimLog(events: IDBPObjectStore<unknown, string[], 'events', 'readwrite'>): Promise<void> {
    let excess = (await events.count()) - this.maxEvents;
    if (excess <= 0) return;
    const latest = new Set<IDBValidKey>();
    for (const step of STEP_IDS) {
      const last = await events.index('by-step').openCursor(IDBKeyRange.only(step), 'prev');
      if (last) latest.add(last.primaryKey);
    }
    for (let cursor = await events.openCursor(); cursor && excess > 0; cursor = await cursor.continue()) {
      if (latest.has(cursor.primaryKey)) continue;
      await cursor.delete();
      excess--;
    }
  }

  /** The trainee ticks a step no page can show. */
  markByHand(step: StepId): Promise<ProgressEvent[]> {
    return this.record([{ step, state: 'done', source: MANUAL_SOURCE }]);
  }

  /** Takes back the trainee's own tick by appending the status the step had before it. */
  undoMark(step: StepId): Promise<ProgressEvent[]> {
    return this.withRetry(async (db) => {
      const tx = db.transaction(['events', 'current'], 'readwrite');
      const current = readStatusRow(await tx.objectStore('current').get(step));
      if (current?.source !== MANUAL_SOURCE || current.state !== 'done') {
        await tx.done;
        return [];
      }
      const history = ((await tx.objectStore('events').index('by-step').getAll(step)) as unknown[])
        .map(readEvent)
        .filter((event): event is ProgressEvent => !!event)
        .sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
      const before = history.at(-2);
      const restored: StepStatus = {
        ...(before ? withoutId(before) : { step, state: 'pending' as const }),
        source: MANUAL_SOURCE,
        at: this.now(),
      };
      if (restored.state === 'done') restored.state = 'pending';
      const id = (await tx.objectStore('events').add(restored)) as number;
      await tx.objectStore('current').put(restored);
      await tx.done;
      return [{ ...restored, id }];
    });
  }

  /** Only the per-step rows: what the popup needs, whatever the size of the log. */
  readSteps(): Promise<StepStatuses> {
    return this.withRetry(async (db) => stepsFrom((await db.getAll('current')) as unknown[]));
  }

  snapshot(): Promise<ProgressSnapshot> {
    return this.withRetry(async (db) => {
      const tx = db.transaction(['events', 'current'], 'readonly');
      const [rows, eventCount] = await Promise.all([
        tx.objectStore('current').getAll(),
        tx.objectStore('events').count(),
      ]);
      return { steps: stepsFrom(rows as unknown[]), eventCount };
    });
  }

  /**
   * Always a file Import accepts (it is the backup behind Undo): a longer log, left by an older build, gives its newest
   * events and every step's latest.
   */
  exportData(course?: ExportCourse): Promise<ProgressExport> {
    return this.withRetry(async (db) => {
      const events = importableTail(
        ((await db.getAll('events')) as unknown[]).map(readEvent).filter((e): e is ProgressEvent => !!e),
      );
      return { format: EXPORT_FORMAT, version: 1, exportedAt: this.now(), ...(course ? { course } : {}), events };
    });
  }

  /**
   * Replaces everything with the given export in one transaction (all or nothing); the caller validated it. The log
   * keeps what recording would leave of it: the newest `maxEvents`, every step's latest among them.
   */
  replaceWith(data: ProgressExport): Promise<void> {
    const kept = newestWithEveryStep(inTimeOrder(data.events), this.maxEvents);
    return this.withRetry(async (db) => {
      const tx = db.transaction(['events', 'current'], 'readwrite');
      const events = tx.objectStore('events');
      const current = tx.objectStore('current');
      // Queue every request before awaiting any: one round trip for thousands of events.
      const writes: Promise<unknown>[] = [events.clear(), current.clear()];
      for (const event of kept) writes.push(events.add(withoutId(event)));
      for (const status of Object.values(latestPerStep(kept))) writes.push(current.put(status));
      await Promise.all([...writes, tx.done]);
    });
  }

  reset(): Promise<void> {
    return this.replaceWith({ format: EXPORT_FORMAT, version: 1, exportedAt: this.now(), events: [] });
  }
}

/** The log (oldest first) cut to what Import accepts, keeping each step's latest event. */
export function importableTail(events: ProgressEvent[]): ProgressEvent[] {
  return newestWithEveryStep(events, MAX_IMPORTED_EVENTS);
}

/** The newest `max` events of a log (oldest first), in order, never dropping a step's latest one. */
export function newestWithEveryStep(events: ProgressEvent[], max: number): ProgressEvent[] {
  if (events.length <= max) return events;
  const latest = new Map(events.map((event) => [event.step, event]));
  const kept = new Set(latest.values());
  for (let i = events.length - 1; i >= 0 && kept.size < max; i--) kept.add(events[i]!);
  return events.filter((event) => kept.has(event));
}
