// One bound for a whole pick (its files and every zip's entries together), progress, and cancelling.
import { describe, expect, it } from 'vitest';
import { PickBudget } from '@/domain/class/pick-budget';
import type { ParsedFile } from '@/domain/class/parse';
import { READ_AHEAD, READ_GROUP, readPicked, type PickedFile, type ReadProgress } from '@/domain/class/sources';
import { builtInCourse, builtInFingerprint } from '@/domain/course/active';
import { handInFile } from '../support/class-files';
import { buildZip } from '../support/zip-builder';

const ours = { slug: builtInCourse.slug, name: builtInCourse.name, fingerprint: builtInFingerprint };
const handIn = (name: string) => JSON.stringify(handInFile({ name, done: 3, course: ours, namespace: name }));
const json = (name: string) => new File([handIn(name)], `${name}.json`);
const zipOf = (name: string, trainees: string[]) =>
  new File([buildZip(trainees.map((t) => ({ name: `${t}.json`, data: handIn(t) }))) as BlobPart], name);
const summary = (results: ParsedFile[]) =>
  results.map((r) => (r.ok ? r.file.label : `${r.rejected.label}: ${r.rejected.problem.code}`));
const size = (name: string) => new Blob([handIn(name)]).size;

describe('the bound of one pick', () => {
  it('takes files until one would pass the count or the bytes, and nothing after it', () => {
    const budget = new PickBudget({ maxFiles: 3, maxBytes: 100 });
    expect([budget.take(40), budget.take(40)]).toEqual([true, true]);
    // Over the bytes: refused, and from then on even a file that would fit.
    expect(budget.take(30)).toBe(false);
    expect(budget.take(1)).toBe(false);
    expect(budget).toMatchObject({ files: 2, bytes: 80, over: true });

    const byCount = new PickBudget({ maxFiles: 2, maxBytes: 1_000 });
    expect([byCount.take(0), byCount.take(10), byCount.take(0)]).toEqual([true, true, false]);
  });

  it('counts several zips and files of one pick together and lists what is past the bound apart, in order', async () => {
    const files = [
      json('a'),
      zipOf('one.zip', ['b', 'c']),
      zipOf('two.zip', ['d', 'e', 'f']),
      json('g'),
      zipOf('three.zip', ['h']),
    ];
    // Each zip is within its own limits; together they are not: room for four files.
    const results = await readPicked(files, { limits: { maxFiles: 4, maxBytes: 1_000_000 } });
    expect(summary(results)).toEqual([
      'a.json',
      'one.zip › b.json',
      'one.zip › c.json',
      'two.zip › d.json',
      'two.zip › e.json: pick-limit',
      'two.zip › f.json: pick-limit',
      'g.json: pick-limit',
      'three.zip: pick-limit',
    ]);
    expect(results.find((r) => !r.ok)).toMatchObject({
      rejected: { problem: { code: 'pick-limit', maxFiles: 4, limitMb: 1_000_000 / 1024 / 1024 } },
    });
  });

  it('bounds the bytes unpacked by the whole pick', async () => {
    const files = [zipOf('one.zip', ['b', 'c']), zipOf('two.zip', ['d', 'e'])];
    const room = size('b') + size('c') + size('d');
    expect(summary(await readPicked(files, { limits: { maxFiles: 100, maxBytes: room } }))).toEqual([
      'one.zip › b.json',
      'one.zip › c.json',
      'two.zip › d.json',
      'two.zip › e.json: pick-limit',
    ]);
    // Control: one byte less and d is past the bound too.
    expect(summary(await readPicked(files, { limits: { maxFiles: 100, maxBytes: room - 1 } }))).toEqual([
      'one.zip › b.json',
      'one.zip › c.json',
      'two.zip › d.json: pick-limit',
      'two.zip › e.json: pick-limit',
    ]);
  });
});

describe('reading a pick', () => {
  it('reports how many files it has handled of those known, a zip counted by its entries once opened', async () => {
    const reports: ReadProgress[] = [];
    await readPicked([json('a'), zipOf('one.zip', ['b', 'c', 'd'])], { onProgress: (p) => reports.push(p) });
    expect(reports.at(-1)).toEqual({ done: 4, total: 4 });
  });

  it('stops at the next group to start when cancelled, keeps what it read and lists the rest as not read', async () => {
    const abort = new AbortController();
    // The groups being read when the cancel comes are read to the end; none after them.
    const read = READ_GROUP * READ_AHEAD;
    const names = Array.from({ length: read + 8 }, (_, i) => `t${i}`);
    // Files read one by one (no blob): the fifth cancels while its group is being read.
    const files: PickedFile[] = names.map((name, i) => {
      const bytes = new TextEncoder().encode(handIn(name));
      return {
        name: `${name}.json`,
        size: bytes.length,
        arrayBuffer: async () => {
          if (i === 4) abort.abort();
          return bytes.slice().buffer;
        },
      };
    });
    const results = await readPicked([...files, zipOf('late.zip', ['z'])], { signal: abort.signal });
    expect(results.filter((r) => r.ok)).toHaveLength(read);
    expect(summary(results).slice(read)).toEqual([
      ...names.slice(read).map((n) => `${n}.json: cancelled`),
      'late.zip: cancelled',
    ]);
  });
});
