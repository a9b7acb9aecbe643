// Bidi overrides and zero-width characters make a text read as something else: refused everywhere, naming the field.
import { describe, expect, it } from 'vitest';
import { loadCourseFile } from '@/domain/course/load-file';
import { applyPolicy } from '@/domain/course/policy';
import { validateCourse } from '@/domain/course/validate';
import { checkExport, EXPORT_FORMAT } from '@/domain/progress/export-format';
import { progressEventInputSchema, progressEventSchema } from '@/domain/progress/events';

const { course } = loadCourseFile('courses/example-cwml-training.json');
const INVISIBLE = ['\u200B', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', '\uFEFF'];
const RULE = 'invisible direction or zero-width characters';

function withValue(path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(course) as Record<string, unknown>;
  const keys = path.split('.');
  let target = copy;
  for (const key of keys.slice(0, -1)) {
    target[key] ??= {};
    target = target[key] as Record<string, unknown>;
  }
  target[keys.at(-1)!] = value;
  return copy;
}

describe('invisible characters', () => {
  const fields: Array<[string, (ch: string) => unknown]> = [
    ['name', (ch) => `Training${ch} course`],
    ['instructor.name', (ch) => `Dr. ${ch}Ada`],
    ['welcome.es', (ch) => `Hola${ch}`],
    ['workspace.nameTemplate', (ch) => `{lastName}_${ch}training`],
    ['answers.intendedStudy', (ch) => `${course.answers.intendedStudy}${ch}`],
    ['help.troubleSigningIn', (ch) => `https://example.edu/${ch}help`],
    ['$schema', (ch) => `./course.schema.json${ch}`],
  ];
  for (const [path, make] of fields) {
    it(`in ${path} fail the course, naming the field`, () => {
      for (const ch of INVISIBLE) {
        const result = validateCourse(withValue(path, make(ch)));
        expect(result.ok, `U+${ch.charCodeAt(0).toString(16)}`).toBe(false);
        if (!result.ok)
          expect(result.problems).toContainEqual(
            expect.objectContaining({ path, rule: expect.stringContaining(RULE) }),
          );
      }
    });
  }

  it('in a policy value are ignored with a warning naming it', () => {
    const result = applyPolicy(course, { instructor: { name: 'IT\u202Eevil' } });
    expect(result.course.instructor.name).toBe(course.instructor.name);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ path: 'instructor.name', rule: expect.stringContaining(RULE) }),
    );
  });

  it('in an imported file refuse it, saying where and why', () => {
    const event = {
      step: 'workspace-created',
      state: 'done',
      source: 'import',
      at: Date.now(),
      workspace: { namespace: 'ns', name: 'Lovelace\u2066_training' },
    };
    const checked = checkExport({ format: EXPORT_FORMAT, version: 1, exportedAt: Date.now(), events: [event] });
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.problems).toEqual([
        expect.stringMatching(/^events\.0\.workspace\.name: must not contain invisible/),
      ]);
  });

  it('in what a page showed are taken out by the background (the step still counts), and refused in a stored event', () => {
    const shown = {
      step: 'workspace-created',
      state: 'done',
      source: '/x',
      shownDate: 'Nov\u200B 2, 2026',
      workspace: { namespace: 'aou-rw-1', name: 'Lovelace\u202E_training' },
    };
    expect(progressEventInputSchema.parse(shown)).toEqual({
      ...shown,
      shownDate: 'Nov 2, 2026',
      workspace: { namespace: 'aou-rw-1', name: 'Lovelace_training' },
    });
    expect(progressEventSchema.safeParse({ ...shown, at: Date.now() }).success).toBe(false);
  });

  it('other non-ASCII text stays welcome', () => {
    expect(validateCourse(withValue('welcome.es', 'Bienvenida: ¿listos? — ñandú, 東京, عربى')).ok).toBe(true);
  });
});
