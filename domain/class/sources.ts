// What the instructor dropped or picked (files, a folder, zips) → the text of every hand-in file, or why not.
import { readZip, ZipError, ZIP_LIMITS } from './zip';
import { parseHandIn, type FileProblem, type ParsedFile, type RejectedFile } from './parse';

/** Far above any real export (10,000 events are ~1 MB); larger is refused unread. */
export const MAX_FILE_BYTES = ZIP_LIMITS.maxEntryBytes;
export const MAX_ZIP_BYTES = 100 * 1024 * 1024;
const MB = 1024 * 1024;

/** The part of File the page uses (a folder pick adds the path inside it). */
export interface PickedFile {
  name: string;
  size: number;
  webkitRelativePath?: string;
  arrayBuffer(): Promise<ArrayBuffer>;
  /** The file itself when this is a wrapper (a dropped folder's file), so it can be read with others. */
  blob?: Blob;
}

/** One hand-in file's bytes (a zip's entries each on their own), or why it was not read; not checked yet. */
export type ReadFile = { ok: true; label: string; bytes: Uint8Array } | { ok: false; rejected: RejectedFile };

const isZip = (name: string) => /\.zip$/i.test(name);
const isJson = (name: string) => /\.json$/i.test(name);
/** Files read with one request: reading hundreds of small files one request each costs about twice as long. */
export const READ_GROUP = 32;

export async function readPicked(files: readonly PickedFile[]): Promise<ParsedFile[]> {
  return checkRead(await readPickedBytes(files));
}

/** Every file's bytes, all read at once (the browser reads them in parallel), zips unpacked. */
export async function readPickedBytes(files: readonly PickedFile[]): Promise<ReadFile[]> {
  const grouped = readInGroups(
    files.filter((file) => isJson(file.name) && file.size <= MAX_FILE_BYTES && blobOf(file)),
  );
  const results = await Promise.all(files.map((file) => readOne(file, (f) => grouped.get(f) ?? bytesOf(f))));
  return results.flat();
}

const blobOf = (file: PickedFile): Blob | undefined => file.blob ?? (file instanceof Blob ? file : undefined);

/** Each file's bytes from one read of its group; a group that cannot be read whole is read file by file (to say which failed). */
function readInGroups(files: readonly PickedFile[]): Map<PickedFile, Promise<Uint8Array | undefined>> {
  const reads = new Map<PickedFile, Promise<Uint8Array | undefined>>();
  for (let start = 0; start < files.length; start += READ_GROUP) {
    const group = files.slice(start, start + READ_GROUP);
    const blobs = group.map((file) => blobOf(file)!);
    const parts = new Blob(blobs).arrayBuffer().then(
      (buffer) => {
        if (buffer.byteLength !== blobs.reduce((sum, blob) => sum + blob.size, 0)) return undefined;
        let offset = 0;
        return blobs.map((blob) => {
          const part = new Uint8Array(buffer, offset, blob.size);
          offset += blob.size;
          return part;
        });
      },
      () => undefined,
    );
    group.forEach((file, i) => {
      reads.set(
        file,
        parts.then((all) => (all ? all[i] : bytesOf(file))),
      );
    });
  }
  return reads;
}

/** The read bytes → checked hand-in files, in one synchronous pass. */
export function checkRead(read: readonly ReadFile[]): ParsedFile[] {
  // One decoder for all: fatal, so a file that is not UTF-8 is refused, not read with replacement characters; a BOM is dropped.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return read.map((file): ParsedFile => {
    if (!file.ok) return file;
    let text: string;
    try {
      text = decoder.decode(file.bytes);
    } catch {
      return { ok: false, rejected: { label: file.label, problem: { code: 'not-json' } } };
    }
    return parseHandIn(file.label, text);
  });
}

async function readOne(
  file: PickedFile,
  read: (file: PickedFile) => Promise<Uint8Array | undefined>,
): Promise<ReadFile[]> {
  const label = file.webkitRelativePath || file.name;
  const reject = (problem: FileProblem): ReadFile[] => [{ ok: false, rejected: { label, problem } }];
  if (isZip(file.name)) {
    if (file.size > MAX_ZIP_BYTES) return reject({ code: 'too-large', limitMb: MAX_ZIP_BYTES / MB });
    const bytes = await read(file);
    return bytes ? fromZip(label, bytes) : reject({ code: 'unreadable' });
  }
  if (!isJson(file.name)) return reject({ code: 'not-progress-file' });
  if (file.size > MAX_FILE_BYTES) return reject({ code: 'too-large', limitMb: MAX_FILE_BYTES / MB });
  const bytes = await read(file);
  return bytes ? [{ ok: true, label, bytes }] : reject({ code: 'unreadable' });
}

async function bytesOf(file: PickedFile): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    return undefined;
  }
}

async function fromZip(zipLabel: string, bytes: Uint8Array): Promise<ReadFile[]> {
  try {
    const entries = await readZip(bytes);
    return entries.map(({ name, result }): ReadFile => {
      const label = `${zipLabel} › ${name}`;
      if (!result.ok) return { ok: false, rejected: { label, problem: { code: 'zip', problem: result.problem } } };
      if (!isJson(name)) return { ok: false, rejected: { label, problem: { code: 'not-progress-file' } } };
      return { ok: true, label, bytes: result.bytes };
    });
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    return [{ ok: false, rejected: { label: zipLabel, problem: { code: 'zip', problem: error.problem } } }];
  }
}
