// Kept only when the instructor asks: the read files, in this extension's own IndexedDB, one record, clearable.
import { openDB, type IDBPDatabase } from 'idb';
import { checkHandIn, type ParsedFile } from './parse';

export const CLASS_DB_NAME = 'workbench-companion-class';
const STORE = 'class';
const KEY = 'current';

export interface SavedClass {
  savedAt: number;
  files: ParsedFile[];
}

function openClassDb(name: string): Promise<IDBPDatabase> {
  return openDB(name, 1, { upgrade: (db) => void db.createObjectStore(STORE) });
}

async function withDb<T>(name: string, work: (db: IDBPDatabase) => Promise<T>): Promise<T> {
  const db = await openClassDb(name);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

export function saveClass(files: readonly ParsedFile[], now = Date.now(), name = CLASS_DB_NAME): Promise<void> {
  return withDb(name, async (db) => void (await db.put(STORE, { savedAt: now, files }, KEY)));
}

/** The saved class, each file checked again as if just picked (the record may come from an older build). */
export function loadSavedClass(name = CLASS_DB_NAME): Promise<SavedClass | undefined> {
  return withDb(name, async (db) => {
    const record = (await db.get(STORE, KEY)) as { savedAt?: unknown; files?: unknown } | undefined;
    if (!record || typeof record.savedAt !== 'number' || !Array.isArray(record.files)) return undefined;
    return { savedAt: record.savedAt, files: record.files.map(recheck) };
  });
}

export function forgetSavedClass(name = CLASS_DB_NAME): Promise<void> {
  return withDb(name, (db) => db.delete(STORE, KEY));
}

function recheck(raw: unknown): ParsedFile {
  const file = raw as Partial<{ ok: boolean; file: { label: string; data: unknown }; rejected: unknown }>;
  if (file.ok === true && typeof file.file?.label === 'string') return checkHandIn(file.file.label, file.file.data);
  if (file.ok === false && file.rejected) return raw as ParsedFile;
  return { ok: false, rejected: { label: '?', problem: { code: 'unreadable' } } };
}
