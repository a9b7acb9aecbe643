import { describe, expect, it } from 'vitest';
import { readZip, ZIP_LIMITS, type ZipEntry } from '@/domain/class/zip';
import { buildZip } from '../support/zip-builder';

const text = (entry: ZipEntry) =>
  entry.result.ok ? new TextDecoder().decode(entry.result.bytes) : entry.result.problem;

describe('reading a zip of hand-in files', () => {
  it('reads stored and deflated entries, including non-ASCII names, and leaves out folders and macOS metadata', async () => {
    const zip = buildZip([
      { name: 'class/', data: '', method: 'store' },
      { name: 'class/núñez.json', data: '{"a":"ñ"}', method: 'deflate' },
      { name: 'class/smith.json', data: '{"b":1}', method: 'store' },
      { name: '__MACOSX/class/._smith.json', data: 'xx', method: 'store' },
    ]);
    const entries = await readZip(zip);
    expect(entries.map((e) => e.name)).toEqual(['class/núñez.json', 'class/smith.json']);
    expect(entries.map(text)).toEqual(['{"a":"ñ"}', '{"b":1}']);
  });

  it('refuses a damaged entry (wrong checksum, more data than declared, not deflate data) and still reads the others', async () => {
    const zip = buildZip([
      { name: 'bad-crc.json', data: '{"x":1}', crc: 1234 },
      { name: 'longer-than-declared.json', data: 'y'.repeat(5000), declaredSize: 100 },
      // Said to be deflated; 0xff opens a block of the reserved type, which the inflater refuses.
      {
        name: 'not-deflate.json',
        data: new Uint8Array([0xff, 0xff, 0xff, 0xff]),
        method: 'store',
        methodCode: 8,
        declaredSize: 10,
      },
      { name: 'good.json', data: '{}' },
    ]);
    expect((await readZip(zip)).map(text)).toEqual(['damaged', 'damaged', 'damaged', '{}']);
  });

  it('refuses encrypted entries and unknown compression methods by name', async () => {
    const zip = buildZip([
      { name: 'secret.json', data: '{}', flags: 1 },
      { name: 'bzip2.json', data: '{}', methodCode: 12, method: 'store' },
    ]);
    expect((await readZip(zip)).map(text)).toEqual(['encrypted', 'method']);
  });

  it('refuses a zip bomb entry by its ratio without inflating it', async () => {
    const zip = buildZip([{ name: 'bomb.json', data: new Uint8Array(5 * 1024 * 1024) }]);
    expect(zip.length).toBeLessThan(10_000);
    expect((await readZip(zip)).map(text)).toEqual(['ratio']);
  });

  it('refuses an entry declared larger than the per-file limit, and a whole zip over the total limit', async () => {
    const limits = { ...ZIP_LIMITS, maxEntryBytes: 1000, maxTotalBytes: 1500 };
    expect(
      (await readZip(buildZip([{ name: 'big.json', data: 'z'.repeat(1200), method: 'store' }]), limits)).map(text),
    ).toEqual(['too-large']);
    const many = buildZip([1, 2].map((i) => ({ name: `${i}.json`, data: 'z'.repeat(900), method: 'store' as const })));
    await expect(readZip(many, limits)).rejects.toMatchObject({ problem: 'too-large' });
  });

  it('refuses too many entries, and something that is not a zip', async () => {
    const zip = buildZip(Array.from({ length: 5 }, (_, i) => ({ name: `${i}.json`, data: '{}' })));
    await expect(readZip(zip, { ...ZIP_LIMITS, maxEntries: 4 })).rejects.toMatchObject({ problem: 'too-many-entries' });
    await expect(readZip(new TextEncoder().encode('{"not":"a zip"}'))).rejects.toMatchObject({ problem: 'not-zip' });
  });
});
