// A kept class in IndexedDB: read back checked again, file by file, as if just picked.
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { forgetSavedClass, loadSavedClass, saveClass } from '@/domain/class/saved-class';
import { checkHandIn } from '@/domain/class/parse';
import { builtInCourse, builtInFingerprint } from '@/domain/course/active';
import { handInFile } from '../support/class-files';

const ours = { slug: builtInCourse.slug, name: builtInCourse.name, fingerprint: builtInFingerprint };

describe('kept class', () => {
  it('reads back what was kept, checks every file again, and forgets it', async () => {
    const db = 'class-saved-test';
    const good = checkHandIn('a.json', handInFile({ name: 'Chen', done: 3, course: ours }));
    const rejected = { ok: false as const, rejected: { label: 'b.json', problem: { code: 'not-json' as const } } };
    await saveClass([good, rejected], 1_800_000_000_000, db);
    expect(await loadSavedClass(db)).toEqual({ savedAt: 1_800_000_000_000, files: [good, rejected] });

    // A record changed behind the page's back (or by an older build) is not trusted: the file is refused, naming the
    // field.
    const raw = await openDB(db, 1);
    const record = (await raw.get('class', 'current')) as {
      files: Array<{ file?: { data: { exportedAt: unknown } } }>;
    };
    record.files[0]!.file!.data.exportedAt = 'yesterday';
    await raw.put('class', record, 'current');
    raw.close();
    expect((await loadSavedClass(db))!.files[0]).toEqual({
      ok: false,
      rejected: { label: 'a.json', problem: { code: 'not-export', detail: 'exportedAt: invalid_type' } },
    });

    await forgetSavedClass(db);
    expect(await loadSavedClass(db)).toBeUndefined();
  });
});
