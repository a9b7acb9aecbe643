// The course version becomes the manifest version: Chrome's rule, or the zip is not a valid extension.
import { describe, expect, it } from 'vitest';
import { isChromeVersion } from '@/domain/course/schema';
import { validateCourse } from '@/domain/course/validate';
import { loadCourseFile } from '@/domain/course/load-file';

const { course } = loadCourseFile('courses/example-cwml-training.json');

describe("course version (Chrome's rule)", () => {
  it.each(['1', '1.0', '2.10.2', '3.1.2.4567', '0.1.0.0', '65535.65535.65535.65535'])('accepts %s', (version) => {
    expect(isChromeVersion(version)).toBe(true);
  });

  it.each([
    '99999.1',
    '65536',
    '1.032',
    '01',
    '0',
    '0.0.0.0',
    '1.2.3.4.5',
    '1..2',
    '1.2.',
    '',
    'v1',
    '1.-2',
    '1e3',
    ' 1',
  ])('rejects %j', (version) => {
    expect(isChromeVersion(version)).toBe(false);
  });

  it('a course with version 99999.1 fails, naming the field and the rule', () => {
    const result = validateCourse({ ...course, version: '99999.1' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        expect.objectContaining({ path: 'version', rule: expect.stringContaining('0 to 65535') }),
      ]);
  });
});
