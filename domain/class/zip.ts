// Reads the files in a zip with the browser's own inflater: the central directory says what is there,
// each entry is checked against its declared size and CRC, and anything suspicious is refused with a reason.

export interface ZipLimits {
  /** Most entries read from one zip (a class is a few hundred files). */
  maxEntries: number;
  /** Largest one entry may inflate to. */
  maxEntryBytes: number;
  /** Largest all entries together may inflate to. */
  maxTotalBytes: number;
  /** Highest inflated/compressed ratio accepted for an entry (JSON compresses ~10×; bombs ~1000×). */
  maxRatio: number;
}

export const ZIP_LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxEntryBytes: 20 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 200,
};

export type ZipProblem =
  | 'not-zip'
  | 'zip64'
  | 'too-many-entries'
  | 'too-large'
  | 'encrypted'
  | 'method'
  | 'ratio'
  | 'damaged';

export class ZipError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(`zip: ${problem}`);
  }
}

export interface ZipEntry {
  name: string;
  /** The inflated bytes, or why this entry was not read (the others still are). */
  result: { ok: true; bytes: Uint8Array } | { ok: false; problem: ZipProblem };
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface CentralRecord {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  localOffset: number;
}

/** A file entry as the central directory declares it; nothing is inflated until read() is called. */
export interface ZipListing {
  name: string;
  /** Declared inflated size (what reading it will hold). */
  size: number;
  /** Why it will not be read, known from the directory alone. */
  problem?: ZipProblem;
  read(): Promise<ZipEntry['result']>;
}

/**
 * Every file entry in the zip (folders and macOS metadata left out); throws ZipError when the archive itself is
 * unusable.
 */
export function listZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipListing[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records = centralDirectory(bytes, view, limits).filter(
    (r) => !r.name.endsWith('/') && !r.name.startsWith('__MACOSX/'),
  );
  // Refused whole before anything is inflated: the declared sizes are all we can trust up front.
  if (records.reduce((sum, r) => sum + (r.size === 0xffffffff ? 0 : r.size), 0) > limits.maxTotalBytes)
    throw new ZipError('too-large');
  return records.map((record) => {
    const problem = entryProblem(record, limits);
    return {
      name: record.name,
      size: record.size,
      ...(problem ? { problem } : {}),
      read: () => readEntry(bytes, view, record),
    };
  });
}

/**
 * Every entry inflated (a zip on its own, as in tests); the class view reads entries through listZip, a few at a time.
 */
export async function readZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): Promise<ZipEntry[]> {
  const entries: ZipEntry[] = [];
  for (const entry of listZip(bytes, limits))
    entries.push({
      name: entry.name,
      result: entry.problem ? { ok: false, problem: entry.problem } : await entry.read(),
    });
  return entries;
}

function centralDirectory(bytes: Uint8Array, view: DataView, limits: ZipLimits): CentralRecord[] {
  const end = findEndRecord(view);
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipError('zip64');
  if (count > limits.maxEntries) throw new ZipError('too-many-entries');
  const names = new TextDecoder();
  const records: CentralRecord[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipError('damaged');
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    records.push({
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + skip;
  }
  return records;
}

/** The end-of-central-directory record sits in the last 22 bytes plus an optional comment of up to 64 KB. */
function findEndRecord(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new ZipError('not-zip');
}

function entryProblem(record: CentralRecord, limits: ZipLimits): ZipProblem | undefined {
  if (record.size === 0xffffffff || record.compressed === 0xffffffff) return 'zip64';
  if (record.flags & 1) return 'encrypted';
  if (record.method !== 0 && record.method !== 8) return 'method';
  if (record.size > limits.maxEntryBytes) return 'too-large';
  if (record.size > 1024 * 1024 && record.size / Math.max(1, record.compressed) > limits.maxRatio) return 'ratio';
  return undefined;
}

async function readEntry(bytes: Uint8Array, view: DataView, record: CentralRecord): Promise<ZipEntry['result']> {
  const at = record.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return { ok: false, problem: 'damaged' };
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + record.compressed > bytes.length) return { ok: false, problem: 'damaged' };
  const data = bytes.subarray(start, start + record.compressed);
  const inflated = record.method === 0 ? data : await inflate(data, record.size);
  if (!inflated || inflated.length !== record.size || crc32(inflated) !== record.crc)
    return { ok: false, problem: 'damaged' };
  return { ok: true, bytes: inflated };
}

/** Inflates, stopping as soon as the output passes the declared size (a lying header cannot grow it further). */
async function inflate(data: Uint8Array, declared: number): Promise<Uint8Array | undefined> {
  // A stream over the bytes in hand: a Blob per entry would copy each one out to the browser and back.
  const source = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(data as BufferSource);
      controller.close();
    },
  });
  const stream = source.pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const out = new Uint8Array(declared);
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return length === declared ? out : undefined;
      if (length + value.length > declared) {
        await reader.cancel();
        return undefined;
      }
      out.set(value, length);
      length += value.length;
    }
  } catch {
    return undefined;
  }
}

let crcTable: Uint32Array | undefined;

export function crc32(bytes: Uint8Array): number {
  crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  // An index loop: for-of over a typed array is several times slower, and entries run to megabytes.
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
