// What the instructor dropped or picked (files, a folder, zips) → the text of every hand-in file, or why not.
import { readZip, ZipError, ZIP_LIMITS } from './zip';
import { parseHandIn, type FileProblem, type ParsedFile } from './parse';

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
}

const isZip = (name: string) => /\.zip$/i.test(name);
const isJson = (name: string) => /\.json$/i.test(name);

export async function readPicked(files: readonly PickedFile[]): Promise<ParsedFile[]> {
  const results = await Promise.all(files.map((file) => readOne(file)));
  return results.flat();
}

async function readOne(file: PickedFile): Promise<ParsedFile[]> {
  const label = file.webkitRelativePath || file.name;
  const reject = (problem: FileProblem): ParsedFile[] => [{ ok: false, rejected: { label, problem } }];
  if (isZip(file.name)) {
    if (file.size > MAX_ZIP_BYTES) return reject({ code: 'too-large', limitMb: MAX_ZIP_BYTES / MB });
    const bytes = await bytesOf(file);
    return bytes ? fromZip(label, bytes) : reject({ code: 'unreadable' });
  }
  if (!isJson(file.name)) return reject({ code: 'not-progress-file' });
  if (file.size > MAX_FILE_BYTES) return reject({ code: 'too-large', limitMb: MAX_FILE_BYTES / MB });
  const bytes = await bytesOf(file);
  return bytes ? [fromBytes(label, bytes)] : reject({ code: 'unreadable' });
}

async function bytesOf(file: PickedFile): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    return undefined;
  }
}

function fromBytes(label: string, bytes: Uint8Array): ParsedFile {
  let text: string;
  try {
    // Fatal: a file that is not UTF-8 is refused, not read with replacement characters. A BOM is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, rejected: { label, problem: { code: 'not-json' } } };
  }
  return parseHandIn(label, text);
}

async function fromZip(zipLabel: string, bytes: Uint8Array): Promise<ParsedFile[]> {
  try {
    const entries = await readZip(bytes);
    return entries.map(({ name, result }): ParsedFile => {
      const label = `${zipLabel} › ${name}`;
      if (!result.ok) return { ok: false, rejected: { label, problem: { code: 'zip', problem: result.problem } } };
      if (!isJson(name)) return { ok: false, rejected: { label, problem: { code: 'not-progress-file' } } };
      return fromBytes(label, result.bytes);
    });
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    return [{ ok: false, rejected: { label: zipLabel, problem: { code: 'zip', problem: error.problem } } }];
  }
}
