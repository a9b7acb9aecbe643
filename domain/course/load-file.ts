// Build-time only (Node): read, validate and fingerprint a course file.
import { readFileSync } from 'node:fs';
import { duplicateKeyPaths } from './duplicate-keys';
import type { Course } from './schema';
import { courseWarnings } from './warnings';
import { courseFingerprint, formatProblems, validateCourse, type CourseValidation } from './validate';

export class CourseFileError extends Error {}

export interface LoadedCourse {
  file: string;
  /** What ships: the validated course without editor-only keys ($schema). */
  course: Course;
  /** Hash of exactly what ships. */
  fingerprint: string;
  /** Worth telling the instructor at build time; the build goes on. */
  warnings: string[];
}

/**
 * A course file's text checked: a leading BOM (Windows Notepad writes one) is fine, a key given twice is not. Throws
 * SyntaxError on non-JSON.
 */
export function checkCourseText(text: string): CourseValidation {
  const source = text.replace(/^\uFEFF/, '');
  const json: unknown = JSON.parse(source);
  const duplicates = duplicateKeyPaths(source);
  if (duplicates.length) {
    return {
      ok: false,
      problems: duplicates.map((path) => ({
        path,
        rule: 'is given more than once (keep one: only the last would count)',
        received: 'a duplicate key',
      })),
    };
  }
  return validateCourse(json);
}

export function loadCourseFile(file: string): LoadedCourse {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CourseFileError(`Course file ${file} could not be read (does it exist?)`);
  }
  let result: CourseValidation;
  try {
    result = checkCourseText(text);
  } catch (error) {
    throw new CourseFileError(`Course file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (!result.ok) throw new CourseFileError(formatProblems(file, result.problems));
  const { $schema: _editorOnly, ...course } = result.course;
  return { file, course, fingerprint: courseFingerprint(course), warnings: courseWarnings(course) };
}
