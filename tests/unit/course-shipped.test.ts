// What a build embeds is exactly what its fingerprint covers; editor-only keys never ship.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourseFile } from '@/domain/course/load-file';
import { courseFingerprint } from '@/domain/course/validate';
import { courseWarnings } from '@/domain/course/warnings';

const dir = mkdtempSync(join(tmpdir(), 'course-shipped-'));
const example = JSON.parse(readFileSync('courses/example-cwml-training.json', 'utf8')) as Record<string, unknown>;
const write = (name: string, json: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(json));
  return file;
};

function stringLeaves(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'string') return [path];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, child]) => stringLeaves(child, [...path, key]));
  return [];
}

describe('what a course build ships', () => {
  it('leaves out $schema (an editor hint), so it is neither embedded nor stored', () => {
    expect(example.$schema).toBeDefined();
    const loaded = loadCourseFile(write('with-schema.json', example));
    expect(Object.keys(loaded.course)).not.toContain('$schema');
    expect(JSON.stringify(loaded.course)).not.toContain('course.schema.json');
  });

  it('refuses a huge $schema, naming it', { timeout: 30_000 }, () => {
    expect(() =>
      loadCourseFile(write('huge-schema.json', { ...example, $schema: 'x'.repeat(20 * 1024 * 1024) })),
    ).toThrow('$schema must be at most 200 characters');
  });

  it('fingerprints every value that ships: changing any text changes it', () => {
    const { course, fingerprint } = loadCourseFile(write('base.json', example));
    const leaves = stringLeaves(course);
    expect(leaves.length).toBeGreaterThan(20);
    for (const path of leaves) {
      const changed = structuredClone(course) as Record<string, unknown>;
      let target = changed;
      for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
      target[path.at(-1)!] = `${String(target[path.at(-1)!])}x`;
      expect(courseFingerprint(changed as typeof course), path.join('.')).not.toBe(fingerprint);
    }
  });
});

describe('build-time warnings', () => {
  it('names each Research Use Statement answer short enough for the legacy Workbench\'s "too short" note', () => {
    const { course } = loadCourseFile('courses/example-cwml-training.json');
    expect(courseWarnings(course)).toEqual([]);
    const answers = {
      ...course.answers,
      scientificApproach: `  ${'a'.repeat(99)}  `,
      anticipatedFindings: 'b'.repeat(100),
    };
    // On Researcher Workbench 2.0 such a course is refused by the schema (course-invalid-corpus), not warned about.
    expect(courseWarnings({ ...course, answers })).toEqual([]);
    const short = { ...course, workspace: { ...course.workspace, platform: 'legacy' as const }, answers };
    expect(courseWarnings(short)).toEqual([
      expect.stringMatching(
        /^answers\.scientificApproach has 99 characters: under 100 the Workbench shows its "too short" note/,
      ),
    ]);
  });

  it('warns (never fails) when the collaborator is not a Workbench username, which the Share search could not find', () => {
    const { course } = loadCourseFile('courses/example-cwml-training.json');
    const withEmail = (email: string) => ({
      ...course,
      workspace: { ...course.workspace, collaborator: { email, role: 'READER' as const } },
    });
    expect(courseWarnings(withEmail('ada.example@researchallofus.org'))).toEqual([]);
    expect(courseWarnings(withEmail('Ada.Example@ResearchAllOfUs.org'))).toEqual([]);
    expect(courseWarnings(withEmail('ada@university.edu'))).toEqual([
      expect.stringMatching(/^workspace\.collaborator\.email is ada@university\.edu: .*Workbench username/),
    ]);
    expect(courseWarnings({ ...course, workspace: { ...course.workspace, collaborator: undefined } })).toEqual([]);
  });
});
