// Reading a course file as an editor on any system writes it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { duplicateKeyPaths } from '@/domain/course/duplicate-keys';
import { CourseFileError, loadCourseFile } from '@/domain/course/load-file';

const dir = mkdtempSync(join(tmpdir(), 'course-file-'));
const example = readFileSync('courses/example-cwml-training.json', 'utf8');
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text, 'utf8');
  return file;
};

describe('course file loader', () => {
  it('accepts a UTF-8 byte-order mark (what Windows Notepad writes)', () => {
    const plain = loadCourseFile(write('plain.json', example));
    const withBom = loadCourseFile(write('bom.json', `\uFEFF${example}`));
    expect(withBom.course).toEqual(plain.course);
    expect(withBom.fingerprint).toBe(plain.fingerprint);
  });

  it('rejects a key given twice, naming it, instead of silently keeping the last', () => {
    const twice = example.replace('"slug":', '"slug": "first-value",\n  "slug":');
    const file = write('twice.json', twice);
    expect(() => loadCourseFile(file)).toThrow(CourseFileError);
    expect(() => loadCourseFile(file)).toThrow(`${file}: slug is given more than once`);
  });

  it('still reports text that is not JSON as such', () => {
    expect(() => loadCourseFile(write('broken.json', '{"slug": '))).toThrow(/is not valid JSON/);
  });
});

describe('duplicate key scan', () => {
  it('names nested keys and array positions, and ignores equal keys in different objects', () => {
    expect(duplicateKeyPaths('{"a": {"b": 1, "c": {"b": 2}}, "d": [{"e": 1}, {"e": 2, "e": 3}]}')).toEqual(['d.1.e']);
    expect(duplicateKeyPaths('{"a": 1, "b": {"x": "\\"a\\": 1, \\"a\\"", "x": 2}, "a": 3}')).toEqual(['b.x', 'a']);
    expect(duplicateKeyPaths('{"text": "{\\"k\\": 1, \\"k\\": 2}"}')).toEqual([]);
  });

  it('tells escaped spellings of the same key apart from different keys', () => {
    expect(duplicateKeyPaths('{"slug": 1, "sl\\u0075g": 2}')).toEqual(['slug']);
    expect(duplicateKeyPaths('{"slug": 1, "Slug": 2}')).toEqual([]);
  });
});
