// The popup's fast read: one getAll of the per-step rows, with plain IndexedDB (no idb, no migrations).
import { CURRENT_STORE, DB_NAME, DB_VERSION } from './db-info';
import { stepsFrom, type StepStatuses } from './status-rows';

/** "upgrade-needed": the database is older than this build; the caller opens it through the store instead. */
export type StepRowsRead = StepStatuses | 'upgrade-needed';

export function readStepRows(name = DB_NAME, factory: IDBFactory = indexedDB): Promise<StepRowsRead> {
  return new Promise((resolve, reject) => {
    // No version: opens whatever is there, and never upgrades it from here.
    const request = factory.open(name);
    request.onupgradeneeded = () => {
      // Nothing stored yet. Abort so no empty database is created under the real migrations.
      request.transaction?.abort();
    };
    request.onerror = () => {
      if (request.error?.name === 'AbortError') resolve({});
      else reject(request.error);
    };
    request.onsuccess = () => {
      const db = request.result;
      if (db.version < DB_VERSION || !db.objectStoreNames.contains(CURRENT_STORE)) {
        db.close();
        resolve('upgrade-needed');
        return;
      }
      const rows = db.transaction(CURRENT_STORE, 'readonly').objectStore(CURRENT_STORE).getAll();
      rows.onsuccess = () => resolve(stepsFrom(rows.result as unknown[]));
      rows.onerror = () => reject(rows.error);
      // One read and done: holding no connection never blocks an upgrade elsewhere.
      db.close();
    };
  });
}
