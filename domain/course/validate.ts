import type { core } from 'zod/mini';
import { courseSchema, type Course } from './schema';

export type CourseValidation = { ok: true; course: Course } | { ok: false; problems: CourseProblem[] };

export interface CourseProblem {
  path: string;
  rule: string;
  received: string;
}

export function validateCourse(input: unknown): CourseValidation {
  const result = courseSchema.safeParse(input);
  if (result.success) return { ok: true, course: result.data };
  return { ok: false, problems: result.error.issues.flatMap((issue) => describeIssue(issue, input, [])) };
}

export function formatProblems(file: string, problems: CourseProblem[]): string {
  const lines = problems.map((p) => `  - ${file}: ${p.path || '(top level)'} ${p.rule} (got ${p.received})`);
  return `Invalid course file ${file} (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

function describeIssue(issue: core.$ZodIssue, input: unknown, base: PropertyKey[]): CourseProblem[] {
  const fullPath = [...base, ...issue.path];
  if (issue.code === 'invalid_union') {
    // Explain the branch the value was meant for (e.g. the {"en", "es"} object), not the whole union.
    const branch = issue.errors.find(
      (issues) => !issues.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
    );
    if (branch?.length) return branch.flatMap((inner) => describeIssue(inner, input, fullPath));
  }
  const path = fullPath.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: joinPath(path, key),
      rule: 'is not a known field',
      received: 'an unknown key',
    }));
  }
  const value = valueAt(input, fullPath);
  return [{ path, rule: value === undefined ? 'is required' : ruleOf(issue), received: typeOf(value) }];
}

function joinPath(base: string, key: string) {
  return base ? `${base}.${key}` : key;
}

function ruleOf(issue: core.$ZodIssue): string {
  // zod/mini ships no English messages, so explain each rule ourselves.
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `must be of type ${issue.expected}`;
    case 'unrecognized_keys':
      return 'is not a known field';
    case 'too_big':
      return `must be at most ${issue.maximum}${issue.origin === 'string' ? ' characters' : ''}`;
    case 'too_small':
      return `must be at least ${issue.minimum}${issue.origin === 'string' ? ' characters' : ''}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return `must be a valid ${issue.format}`;
    case 'invalid_union':
      return 'must be a string or an object of per-language strings ({"en": …, "es": …})';
    default:
      return `is invalid (${issue.code})`;
  }
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function typeOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `array of ${value.length}`;
  if (typeof value === 'string') return `string of ${value.length} characters`;
  return typeof value;
}

/**
 * Short, stable hash of the resolved course so instructors can tell builds apart; every key counts (strip what does not
 * ship first).
 */
export function courseFingerprint(course: Course): string {
  return cyrb53(canonicalJson(course)).toString(16).padStart(14, '0').slice(0, 10);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
