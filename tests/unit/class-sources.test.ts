// Reading picked files: hundreds of small files are read a group at a time, each file still whole or refused on its
// own.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPicked, READ_GROUP, type PickedFile } from '@/domain/class/sources';
import { builtInCourse, builtInFingerprint } from '@/domain/course/active';
import { handInFile } from '../support/class-files';
import { buildZip } from '../support/zip-builder';

const ours = { slug: builtInCourse.slug, name: builtInCourse.name, fingerprint: builtInFingerprint };
const handIn = (name: string) => JSON.stringify(handInFile({ name, done: 3, course: ours }));
const summary = (results: Awaited<ReturnType<typeof readPicked>>) =>
  results.map((r) =>
    r.ok ? `${r.file.label}: ${r.file.data.trainee?.name}` : `${r.rejected.label}: ${r.rejected.problem.code}`,
  );

afterEach(() => vi.restoreAllMocks());

describe('reading picked files', () => {
  it('reads a group of files with one request, and gives each file its own bytes in the picked order', async () => {
    const names = Array.from({ length: 2 * READ_GROUP + 6 }, (_, i) => `Núñez ${i}`);
    const files: PickedFile[] = names.map(
      (name, i) => new File([i === 1 ? `\uFEFF${handIn(name)}` : handIn(name)], `t${i}.json`),
    );
    // Not UTF-8, among the others: refused alone, and the files after it still decode.
    files.splice(5, 0, new File([new Uint8Array([0x7b, 0x22, 0xf1, 0x22, 0x7d])], 'latin1.json'));
    // A dropped folder's file: a wrapper with its path, read with the others through its blob.
    const dropped = new File([handIn('Okafor')], 'okafor.json');
    files.push({
      name: dropped.name,
      size: dropped.size,
      webkitRelativePath: 'week1/okafor.json',
      arrayBuffer: () => dropped.arrayBuffer(),
      blob: dropped,
    });
    files.push(new File([buildZip([{ name: 'chen.json', data: handIn('Chen') }]) as BlobPart], 'class.zip'));

    const reads = vi.spyOn(Blob.prototype, 'arrayBuffer');
    const results = await readPicked(files);

    const jsonFiles = files.length - 1;
    // The zip is read on its own; the JSON files a group at a time.
    expect(reads).toHaveBeenCalledTimes(Math.ceil(jsonFiles / READ_GROUP) + 1);
    expect(summary(results)).toEqual([
      ...names.slice(0, 5).map((name, i) => `t${i}.json: ${name}`),
      'latin1.json: not-json',
      ...names.slice(5).map((name, i) => `t${i + 5}.json: ${name}`),
      'week1/okafor.json: Okafor',
      'class.zip › chen.json: Chen',
    ]);
  });

  it('reads a group that cannot be read whole file by file, so only the unreadable file is refused', async () => {
    const readBlob = Blob.prototype.arrayBuffer;
    const single = new File([handIn('Smith')], 's.json').size;
    // As the browser does when a picked file changed on disk since it was picked: the read of a group holding it fails.
    vi.spyOn(Blob.prototype, 'arrayBuffer').mockImplementation(function (this: Blob) {
      return this.size > single ? Promise.reject(new DOMException('changed', 'NotReadableError')) : readBlob.call(this);
    });
    const changed = new File([handIn('Haddad')], 'haddad.json');
    const files: PickedFile[] = [
      new File([handIn('Smith')], 's.json'),
      {
        name: changed.name,
        size: changed.size,
        arrayBuffer: () => Promise.reject(new DOMException('changed', 'NotReadableError')),
        blob: changed,
      },
      new File([handIn('Chen')], 'c.json'),
    ];
    expect(summary(await readPicked(files))).toEqual(['s.json: Smith', 'haddad.json: unreadable', 'c.json: Chen']);
  });
});
