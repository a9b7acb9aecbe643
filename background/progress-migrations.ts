// Database versions. MIGRATIONS[n] upgrades version n to n + 1: never edit a shipped one, append.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { StepStatus } from '../domain/progress/events';
import { readEvent, withoutId } from '../domain/progress/records';

export type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
export type Migration = (db: IDBPDatabase, tx: UpgradeTx) => Promise<void> | void;

export const MIGRATIONS: Migration[] = [
  // v1: the append-only log.
  (db) => {
    const events = db.createObjectStore('events', { keyPath: 'id', autoIncrement: true });
    events.createIndex('by-step', 'step');
  },
  // v2: the derived "where is each step now" rows, so the popup never reads the whole log.
  async (db, tx) => {
    db.createObjectStore('current', { keyPath: 'step' });
    const latest = new Map<string, StepStatus>();
    for (const raw of (await tx.objectStore('events').getAll()) as unknown[]) {
      const event = readEvent(raw);
      if (event) latest.set(event.step, withoutId(event));
    }
    for (const status of latest.values()) await tx.objectStore('current').put(status);
  },
];
