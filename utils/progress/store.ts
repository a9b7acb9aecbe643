// The progress store: an append-only event log plus the derived current state per step.
// Only the background and extension pages open it (a content script would get the Workbench's database).
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import * as z from 'zod/mini';
import { progressEventSchema, type ProgressEvent, type ProgressEventInput, type StepStatus } from './events';
import { STEP_IDS, type StepId } from './steps';

export const DB_NAME = 'workbench-companion';

type AnyTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** MIGRATIONS[n] upgrades a database from version n to n + 1; never edit a shipped one, append. */
export const MIGRATIONS: Array<(db: IDBPDatabase, tx: AnyTx) => Promise<void> | void> = [
  (db) => {
    const events = db.createObjectStore('events', { keyPath: 'id', autoIncrement: true });
    events.createIndex('by-step', 'step');
  },
  async (db, tx) => {
    db.createObjectStore('current', { keyPath: 'step' });
    // Derive the current state from every event already logged under v1.
    const latest = new Map<string, StepStatus>();
    for (const raw of (await tx.objectStore('events').getAll()) as unknown[]) {
      const event = readEvent(raw);
      if (event) latest.set(event.step, withoutId(event));
    }
    for (const status of latest.values()) await tx.objectStore('current').put(status);
  },
];
export const DB_VERSION = MIGRATIONS.length;

export interface ProgressSnapshot {
  steps: Partial<Record<StepId, StepStatus>>;
  eventCount: number;
}

export const exportSchema = z.strictObject({
  format: z.literal('workbench-companion-progress'),
  version: z.literal(1),
  exportedAt: z.number(),
  events: z.array(progressEventSchema),
});
export type ProgressExport = z.infer<typeof exportSchema>;

function withoutId({ id: _id, ...rest }: ProgressEvent): StepStatus {
  return rest;
}

/** Records written by an older or foreign writer are skipped, with the reason logged. */
function readEvent(raw: unknown): ProgressEvent | undefined {
  const parsed = progressEventSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  console.warn('[workbench-companion] ignored a stored progress record:', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`).join('; '));
  return undefined;
}

function sameStatus(a: StepStatus | undefined, b: StepStatus): boolean {
  return (
    !!a &&
    a.state === b.state &&
    a.shownDate === b.shownDate &&
    a.collaborator === b.collaborator &&
    a.workspace?.namespace === b.workspace?.namespace &&
    a.workspace?.name === b.workspace?.name
  );
}

export function openProgressDb(name = DB_NAME, version = DB_VERSION, onVersionChange?: () => void): Promise<IDBPDatabase> {
  return openDB(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) await MIGRATIONS[v]!(db as IDBPDatabase, tx as unknown as AnyTx);
    },
    blocked() {
      console.warn('[workbench-companion] progress database upgrade is waiting for another tab to close it');
    },
    blocking() {
      // A newer version wants in: step aside so its upgrade can run.
      onVersionChange?.();
    },
    terminated() {
      onVersionChange?.();
    },
  });
}

export class ProgressStore {
  private db?: Promise<IDBPDatabase>;

  constructor(private readonly name = DB_NAME, private readonly now: () => number = Date.now) {}

  /** Opens lazily and reopens after the connection closed (service worker restart, upgrade elsewhere). */
  private connection(): Promise<IDBPDatabase> {
    this.db ??= openProgressDb(this.name, DB_VERSION, () => this.close()).catch((error) => {
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
        const current = readStatus(await tx.objectStore('current').get(input.step));
        if (sameStatus(current, status)) continue;
        const id = (await tx.objectStore('events').add(status)) as number;
        await tx.objectStore('current').put(status);
        changed.push({ ...status, id });
      }
      await tx.done;
      return changed;
    });
  }

  snapshot(): Promise<ProgressSnapshot> {
    return this.withRetry(async (db) => {
      const tx = db.transaction(['events', 'current'], 'readonly');
      const [rows, eventCount] = await Promise.all([tx.objectStore('current').getAll(), tx.objectStore('events').count()]);
      const steps: ProgressSnapshot['steps'] = {};
      for (const row of rows) {
        const status = readStatus(row);
        if (status && (STEP_IDS as readonly string[]).includes(status.step)) steps[status.step] = status;
      }
      return { steps, eventCount };
    });
  }

  exportData(): Promise<ProgressExport> {
    return this.withRetry(async (db) => {
      const events = ((await db.getAll('events')) as unknown[]).map(readEvent).filter((e): e is ProgressEvent => !!e);
      return { format: 'workbench-companion-progress', version: 1, exportedAt: this.now(), events };
    });
  }

  /** Replaces everything with the given export; the caller validated it. */
  replaceWith(data: ProgressExport): Promise<void> {
    return this.withRetry(async (db) => {
      const tx = db.transaction(['events', 'current'], 'readwrite');
      await Promise.all([tx.objectStore('events').clear(), tx.objectStore('current').clear()]);
      const latest = new Map<string, StepStatus>();
      for (const event of [...data.events].sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0))) {
        const status = withoutId(event);
        await tx.objectStore('events').add(status);
        latest.set(status.step, status);
      }
      for (const status of latest.values()) await tx.objectStore('current').put(status);
      await tx.done;
    });
  }

  reset(): Promise<void> {
    return this.replaceWith({ format: 'workbench-companion-progress', version: 1, exportedAt: this.now(), events: [] });
  }
}

function readStatus(raw: unknown): StepStatus | undefined {
  return raw === undefined ? undefined : readEvent(raw);
}
