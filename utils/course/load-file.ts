// Build-time only (Node): read, validate and fingerprint a course file.
import { readFileSync } from 'node:fs';
import type { Course } from './schema';
import { courseFingerprint, formatProblems, validateCourse } from './validate';

export class CourseFileError extends Error {}

export interface LoadedCourse {
  file: string;
  course: Course;
  fingerprint: string;
}

export function loadCourseFile(file: string): LoadedCourse {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CourseFileError(`Course file ${file} could not be read (does it exist?)`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CourseFileError(`Course file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  const result = validateCourse(json);
  if (!result.ok) throw new CourseFileError(formatProblems(file, result.problems));
  return { file, course: result.course, fingerprint: courseFingerprint(result.course) };
}
