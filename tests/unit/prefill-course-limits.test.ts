import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { WORKBENCH_LIMITS } from '@/domain/course/schema';
import { validateCourse } from '@/domain/course/validate';
import { NAME_LIMIT } from '@/prefill/plan';

const example = JSON.parse(readFileSync('courses/example-cwml-training.json', 'utf8')) as Record<string, unknown>;

/** Every text the prefill writes into the Workbench, with the Workbench's own limit (its own validation rules). */
const PREFILL_TEXTS = [
  { path: ['answers', 'intendedStudy'], limit: 1000 },
  { path: ['answers', 'scientificApproach'], limit: 1000 },
  { path: ['answers', 'anticipatedFindings'], limit: 1000 },
  { path: ['answers', 'disseminationOther'], limit: 100 },
  { path: ['answers', 'aianResearchDetails'], limit: 1000 },
] as const;

function withText(path: readonly string[], value: string) {
  const copy = structuredClone(example);
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

describe('course texts the prefill writes are checked against the Workbench limits when the course is validated', () => {
  for (const { path, limit } of PREFILL_TEXTS) {
    const name = path.join('.');
    it(`${name}: ${limit} characters pass, ${limit + 1} are rejected, blank is rejected`, () => {
      expect(validateCourse(withText(path, 'a'.repeat(limit))).ok).toBe(true);
      const tooLong = validateCourse(withText(path, 'a'.repeat(limit + 1)));
      expect(tooLong.ok).toBe(false);
      if (!tooLong.ok)
        expect(tooLong.problems).toEqual([
          expect.objectContaining({ path: name, rule: `must be at most ${limit} characters` }),
        ]);
      expect(validateCourse(withText(path, '   ')).ok).toBe(false);
    });
  }

  it('workspace.nameTemplate: over 80 characters, or leaving under 20 for the last name, is rejected', () => {
    expect(validateCourse(withText(['workspace', 'nameTemplate'], `${'x'.repeat(60)}{lastName}`)).ok).toBe(true);
    expect(validateCourse(withText(['workspace', 'nameTemplate'], `${'x'.repeat(61)}{lastName}`)).ok).toBe(false);
    expect(validateCourse(withText(['workspace', 'nameTemplate'], 'x'.repeat(81))).ok).toBe(false);
    expect(validateCourse(withText(['workspace', 'nameTemplate'], '{firstName}_training')).ok).toBe(false);
  });

  it("the prefill's name limit is the schema's", () => {
    expect(NAME_LIMIT).toBe(WORKBENCH_LIMITS.workspaceName);
    expect(WORKBENCH_LIMITS).toMatchObject({ summaryAnswer: 1000, disseminationOther: 100, aianDetails: 1000 });
  });
});
