// What the instructor dropped or picked (files, a folder, zips) → every hand-in file checked, or why not. A pick is
// read
// in order, a group at a time, within one bound for all its files and zips (pick-budget.ts); the page gets the event
// loop back between slices, and reading can be cancelled, keeping what was read.
import { parseHandIn, type FileProblem, type ParsedFile } from './parse';
import type { PickedFile } from './picked-file';
import { PickBudget, PICK_LIMITS, type PickLimits } from './pick-budget';
import { bytesOf, readGroup } from './read-group';
import { listZip, ZipError, ZIP_LIMITS, type ZipListing } from './zip';
import { timeSlicer, yieldToPage } from './yield-to-page';

/** Far above any real export (10,000 events are ~1 MB); larger is refused unread. */
export const MAX_FILE_BYTES = ZIP_LIMITS.maxEntryBytes;
export const MAX_ZIP_BYTES = 100 * 1024 * 1024;
const MB = 1024 * 1024;
/** Files read with one request: reading hundreds of small files one request each costs about twice as long. */
export const READ_GROUP = 32;
/** Bytes read or unpacked together at most: what the page holds before checking them (one larger file goes alone). */
export const GROUP_BYTES = 1 * MB;
/** Groups of picked files being read while one is checked: one at a time left the page waiting on each request. */
export const READ_AHEAD = 4;

export type { PickedFile };

/** Files handled so far of those known (a zip's entries replace it in the count once it is opened). */
export interface ReadProgress {
  done: number;
  total: number;
}

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
  limits?: PickLimits;
}

const isZip = (name: string) => /\.zip$/i.test(name);
const isJson = (name: string) => /\.json$/i.test(name);
const labelOf = (file: PickedFile) => file.webkitRelativePath || file.name;
const rejected = (label: string, problem: FileProblem): ParsedFile => ({ ok: false, rejected: { label, problem } });

type Contents = Array<Uint8Array | FileProblem | undefined>;

/** One file or zip entry of the pick: its label, declared size, and its own reason not to be read, if any. */
interface Item {
  label: string;
  size: number;
  problem?: FileProblem;
}

export async function readPicked(files: readonly PickedFile[], options: ReadOptions = {}): Promise<ParsedFile[]> {
  const pick = new PickReader(files.length, options);
  for (let at = 0; at < files.length; ) {
    if (isZip(files[at]!.name)) await pick.zip(files[at++]!);
    else {
      const end = nextZip(files, at);
      await pick.files(files.slice(at, end));
      at = end;
    }
  }
  return pick.finish();
}

const nextZip = (files: readonly PickedFile[], from: number) => {
  const at = files.findIndex((file, i) => i >= from && isZip(file.name));
  return at < 0 ? files.length : at;
};

class PickReader {
  private readonly out: ParsedFile[] = [];
  private readonly budget: PickBudget;
  // One decoder for all: fatal, so a file that is not UTF-8 is refused, not read with replacement characters; a BOM is
  // dropped.
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private readonly progress: ReadProgress;
  private readonly slice: () => Promise<void>;

  constructor(
    total: number,
    private readonly options: ReadOptions,
  ) {
    this.budget = new PickBudget(options.limits ?? PICK_LIMITS);
    this.progress = { done: 0, total };
    this.slice = timeSlicer(() => this.report());
  }

  /** Picked files that are not zips, a group at a time. */
  async files(files: readonly PickedFile[]): Promise<void> {
    const own = (file: PickedFile): FileProblem | undefined =>
      !isJson(file.name)
        ? { code: 'not-progress-file' }
        : file.size > MAX_FILE_BYTES
          ? { code: 'too-large', limitMb: MAX_FILE_BYTES / MB }
          : undefined;
    await this.inGroups(
      files.map((file) => ({ file, label: labelOf(file), size: file.size, problem: own(file) })),
      async (toRead) => {
        const read = await readGroup(toRead.map(({ file }) => file));
        return toRead.map(({ file }) => read.get(file));
      },
      READ_AHEAD,
    );
  }

  /** A picked zip: refused whole, or its entries a group at a time, each counted in the pick's bound. */
  async zip(file: PickedFile): Promise<void> {
    const label = labelOf(file);
    if (file.size > MAX_ZIP_BYTES)
      return this.notRead({ label, size: 0, problem: { code: 'too-large', limitMb: MAX_ZIP_BYTES / MB } });
    // Nothing read once the pick is cancelled or over its bound.
    if (this.options.signal?.aborted || this.budget.over) return this.notRead({ label, size: 0 });
    const bytes = await bytesOf(file);
    if (!bytes) return this.notRead({ label, size: 0, problem: { code: 'unreadable' } });
    let entries: ZipListing[];
    try {
      entries = listZip(bytes);
    } catch (error) {
      if (!(error instanceof ZipError)) throw error;
      return this.notRead({ label, size: 0, problem: { code: 'zip', problem: error.problem } });
    }
    this.progress.total += entries.length - 1;
    const own = (entry: ZipListing): FileProblem | undefined =>
      entry.problem
        ? { code: 'zip', problem: entry.problem }
        : isJson(entry.name)
          ? undefined
          : { code: 'not-progress-file' };
    // A group's entries unpacked together (one after the other, most of the time went to waiting between entries);
    // one group at a time, as unpacking runs on the page's thread.
    await this.inGroups(
      entries.map((entry) => ({ entry, label: `${label} › ${entry.name}`, size: entry.size, problem: own(entry) })),
      (toRead) =>
        Promise.all(
          toRead.map(async ({ entry }) => {
            const result = await entry.read();
            return result.ok ? result.bytes : ({ code: 'zip', problem: result.problem } as const);
          }),
        ),
      1,
    );
  }

  async finish(): Promise<ParsedFile[]> {
    this.report();
    // The page builds its table next: in a task of its own, not at the end of the last slice.
    await yieldToPage();
    return this.out;
  }

  /**
   * Items in order, `ahead` groups being read at a time: each group is admitted against the bound when its read
   * starts, so a cancel stops at the next group to start.
   */
  private async inGroups<T extends Item>(
    items: readonly T[],
    read: (toRead: T[]) => Promise<Contents>,
    ahead: number,
  ): Promise<void> {
    let at = 0;
    const started: Array<{ group: Array<{ item: T; notRead: FileProblem | undefined }>; contents: Promise<Contents> }> =
      [];
    const startNext = () => {
      const group: Array<{ item: T; notRead: FileProblem | undefined }> = [];
      let bytes = 0;
      let reads = 0;
      while (at < items.length && reads < READ_GROUP && (reads === 0 || bytes + items[at]!.size <= GROUP_BYTES)) {
        const item = items[at++]!;
        const notRead = this.admit(item);
        group.push({ item, notRead });
        if (!notRead) {
          reads += 1;
          bytes += item.size;
        }
      }
      const toRead = group.filter((g) => !g.notRead).map((g) => g.item);
      started.push({ group, contents: toRead.length ? read(toRead) : Promise.resolve([]) });
    };
    while (started.length < ahead && at < items.length) startNext();
    while (started.length) {
      const { group, contents } = started.shift()!;
      const read = await contents;
      if (at < items.length) startNext();
      let next = 0;
      for (const { item, notRead } of group) {
        this.out.push(notRead ? rejected(item.label, notRead) : this.check(item.label, read[next++]));
        this.progress.done += 1;
        await this.slice();
      }
    }
  }

  /** Counts the item in the pick's bound: undefined when it is to be read now, else why it is not read. */
  private admit(item: Item): FileProblem | undefined {
    if (this.options.signal?.aborted) return { code: 'cancelled' };
    if (!this.budget.take(item.problem ? 0 : item.size))
      return { code: 'pick-limit', maxFiles: this.budget.limits.maxFiles, limitMb: this.budget.limits.maxBytes / MB };
    return item.problem;
  }

  /** An item that is not read: it has a problem of its own, or the pick is cancelled or over its bound. */
  private notRead(item: Item): void {
    this.out.push(rejected(item.label, this.admit(item) ?? { code: 'unreadable' }));
    this.progress.done += 1;
  }

  private check(label: string, content: Uint8Array | FileProblem | undefined): ParsedFile {
    if (!content) return rejected(label, { code: 'unreadable' });
    if (!(content instanceof Uint8Array)) return rejected(label, content);
    let text: string;
    try {
      text = this.decoder.decode(content);
    } catch {
      return rejected(label, { code: 'not-json' });
    }
    return parseHandIn(label, text);
  }

  private report(): void {
    this.options.onProgress?.({ ...this.progress });
  }
}
