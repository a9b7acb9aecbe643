import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCourseText, CourseFileError, loadCourseFile } from '@/domain/course/load-file';
import { formatProblems, validateCourse } from '@/domain/course/validate';

const DIR = 'tests/fixtures/invalid-courses';
type Expectation = { path: string; rule: string; received: string } | { paths: string[] };
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expectation>;
const files = readdirSync(DIR)
  .filter((file) => file.endsWith('.json') && file !== 'expected.json')
  .sort();

describe('invalid course corpus', () => {
  it('has at least 30 files, each with exactly one expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  for (const file of files) {
    it(`rejects ${file} at the right field`, () => {
      // The build's own check of the file's text: duplicate keys count, as the schema rules do.
      const result = checkCourseText(readFileSync(join(DIR, file), 'utf8'));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const want = expected[file]!;
      if ('paths' in want) {
        expect(result.problems.map((p) => p.path).sort()).toEqual([...want.paths].sort());
        return;
      }
      const problem = result.problems.find((p) => p.path === want.path);
      expect(problem, `problems were: ${JSON.stringify(result.problems)}`).toBeDefined();
      expect(problem!.rule).toContain(want.rule);
      expect(problem!.received).toContain(want.received);
    });
  }

  it('names the file, every field path, the rule and the value type in one message', () => {
    const file = join(DIR, 'many-problems.json');
    let message = '';
    try {
      loadCourseFile(file);
    } catch (error) {
      expect(error).toBeInstanceOf(CourseFileError);
      message = (error as Error).message;
    }
    expect(message).toContain(`Invalid course file ${file} (4 problems)`);
    expect(message).toContain(`${file}: slug is required (got nothing)`);
    expect(message).toContain(
      `${file}: answers.intendedStudy must be at most 1000 characters (got string of 1500 characters)`,
    );
    expect(message).toContain(`${file}: help.troubleSigningIn must be an https:// link (got string of 18 characters)`);
    expect(message).toContain(`${file}: colour is not a known field (got an unknown key)`);
  });

  it('formats a top-level problem readably', () => {
    const result = validateCourse([]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(formatProblems('x.json', result.problems)).toContain(
        'x.json: (top level) must be of type object (got array of 0)',
      );
  });

  it('reports unreadable and non-JSON files as course-file errors', () => {
    expect(() => loadCourseFile(join(DIR, 'does-not-exist.json'))).toThrow(/could not be read/);
    expect(() => loadCourseFile('package-lock.json.missing')).toThrow(CourseFileError);
    expect(() => loadCourseFile('tsconfig.json')).toThrow(CourseFileError);
  });
});
