// The progress store: an append-only event log plus the derived current state per step.
// Only the background and extension pages open it (a content script would get the Workbench's database).
import { openDB, type IDBPDatabase } from 'idb';
import type { ProgressEvent, ProgressEventInput, StepStatus } from './events';
import { EXPORT_FORMAT, type ExportCourse, type ProgressExport } from './export-format';
import { MIGRATIONS } from './migrations';
import { DB_NAME, DB_VERSION } from './db-info';
import { inTimeOrder, latestPerStep, MANUAL_SOURCE, readEvent, sameStatus, withoutId } from './records';
import { readStatusRow, stepsFrom, type StepStatuses } from './status-rows';
import type { StepId } from './steps';

export { MIGRATIONS } from './migrations';
export { exportSchema, type ProgressExport } from './export-format';

export { DB_NAME, DB_VERSION } from './db-info';
export type { StepStatuses } from './status-rows';

export interface ProgressSnapshot {
  steps: StepStatuses;
  eventCount: number;
}

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

  /** Appends only the events that change a step; returns those that did. */
  record(inputs: ProgressEventInput[]): Promise<ProgressEvent[]> {
    return this.withRetry(async (db) => {
      const tx = db.transaction(['events', 'current'], 'readwrite');
      const changed: ProgressEvent[] = [];
      for (const input of inputs) {
        const status: StepStatus = { ...input, at: this.now() };
        if (sameStatus(readStatusRow(await tx.objectStore('current').get(input.step)), status)) continue;
        const id = (await tx.objectStore('events').add(status)) as number;
        await tx.objectStore('current').put(status);
        changed.push({ ...status, id });
      }
      await tx.done;
      return changed;
    });
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
      const restored: StepStatus = { ...(before ? withoutId(before) : { step, state: 'pending' as const }), source: MANUAL_SOURCE, at: this.now() };
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
      const [rows, eventCount] = await Promise.all([tx.objectStore('current').getAll(), tx.objectStore('events').count()]);
      return { steps: stepsFrom(rows as unknown[]), eventCount };
    });
  }

  exportData(course?: ExportCourse): Promise<ProgressExport> {
    return this.withRetry(async (db) => {
      const events = ((await db.getAll('events')) as unknown[]).map(readEvent).filter((e): e is ProgressEvent => !!e);
      return { format: EXPORT_FORMAT, version: 1, exportedAt: this.now(), ...(course ? { course } : {}), events };
    });
  }

  /** Replaces everything with the given export in one transaction (all or nothing); the caller validated it. */
  replaceWith(data: ProgressExport): Promise<void> {
    return this.withRetry(async (db) => {
      const tx = db.transaction(['events', 'current'], 'readwrite');
      const events = tx.objectStore('events');
      const current = tx.objectStore('current');
      await Promise.all([events.clear(), current.clear()]);
      // Queue every request before awaiting any: one round trip for thousands of events.
      const writes: Promise<unknown>[] = inTimeOrder(data.events).map((event) => events.add(withoutId(event)));
      for (const status of Object.values(latestPerStep(data.events))) writes.push(current.put(status));
      await Promise.all([...writes, tx.done]);
    });
  }

  reset(): Promise<void> {
    return this.replaceWith({ format: EXPORT_FORMAT, version: 1, exportedAt: this.now(), events: [] });
  }
}
