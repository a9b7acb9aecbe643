import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COURSE_FIELD_DOCS, fieldDoc } from '@/domain/course/field-docs';
import {
  COURSE_SCHEMA_FILE,
  courseJsonSchema,
  MANAGED_SCHEMA_FILE,
  managedStorageSchema,
  schemaFileText,
} from '@/domain/course/json-schema';
import { loadCourseFile } from '@/domain/course/load-file';
import { POLICY_PATHS } from '@/domain/course/policy';
import { WORKBENCH_LIMITS } from '@/domain/course/schema';
import { courseFingerprint, validateCourse } from '@/domain/course/validate';

type Node = { type?: string; properties?: Record<string, Node>; anyOf?: Node[]; items?: Node; [key: string]: unknown };
const courseFiles = readdirSync('courses').filter((file) => file.endsWith('.json') && file !== 'course.schema.json');

function fieldPaths(node: Node, prefix = ''): string[] {
  const branches = node.anyOf ?? [node];
  return branches.flatMap((branch) =>
    Object.entries(branch.properties ?? {}).flatMap(([key, child]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      return [path, ...fieldPaths(child, path)];
    }),
  );
}

describe('committed schemas', () => {
  it('courses/course.schema.json is the one generated from the zod schema (run `npm run schema`)', () => {
    expect(readFileSync(COURSE_SCHEMA_FILE, 'utf8')).toBe(schemaFileText(courseJsonSchema()));
  });

  it('public/managed_schema.json is the one generated from the policy fields (run `npm run schema`)', () => {
    expect(readFileSync(MANAGED_SCHEMA_FILE, 'utf8')).toBe(schemaFileText(managedStorageSchema()));
  });

  it('documents every course field, and documents nothing that does not exist', () => {
    const paths = fieldPaths(courseJsonSchema());
    expect(paths.filter((path) => !fieldDoc(path))).toEqual([]);
    expect(paths.filter((path) => !path.startsWith('help.') && !COURSE_FIELD_DOCS[path])).toEqual([]);
    expect(Object.keys(COURSE_FIELD_DOCS).filter((path) => !paths.includes(path))).toEqual([]);
  });

  it('tells editors the Workbench limits, unknown keys and required fields', () => {
    const schema = courseJsonSchema() as Node;
    const answers = schema.properties!.answers!;
    expect(answers.properties!.intendedStudy!.maxLength).toBe(WORKBENCH_LIMITS.summaryAnswer);
    expect(answers.properties!.disseminationOther!.maxLength).toBe(WORKBENCH_LIMITS.disseminationOther);
    expect(schema.properties!.workspace!.properties!.nameTemplate!.maxLength).toBe(WORKBENCH_LIMITS.workspaceName);
    expect(answers.additionalProperties).toBe(false);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['slug', 'name', 'instructor', 'workspace', 'answers']));
    expect(schema.properties!.help!.properties!.troubleSigningIn!.pattern).toBe('^https://');
    expect(schema.properties!.slug!.description).toBe(COURSE_FIELD_DOCS.slug);
  });

  it("uses only keywords Chrome's policy schema understands, for every policy field", () => {
    const allowed = new Set(['type', 'properties', 'items', 'enum', 'title', 'description']);
    const visit = (node: Node): void => {
      for (const key of Object.keys(node)) expect(allowed, `keyword ${key}`).toContain(key);
      Object.values(node.properties ?? {}).forEach(visit);
      if (node.items) visit(node.items);
    };
    const managed = managedStorageSchema() as Node;
    visit(managed);
    const leaves = fieldPaths(managed).filter(
      (path) => !path.split('.').reduce<Node | undefined>((node, key) => node?.properties?.[key], managed)?.properties,
    );
    expect(leaves.sort()).toEqual([...POLICY_PATHS].sort());
    expect(managed.properties!.workspace!.properties!.accessTier!.enum).toEqual(['registered', 'controlled']);
  });
});

describe('shipped course files', () => {
  it.each(courseFiles)('%s is valid and points editors at the schema', (file) => {
    const json = JSON.parse(readFileSync(`courses/${file}`, 'utf8')) as { $schema?: string };
    expect(json.$schema).toBe('./course.schema.json');
    expect(validateCourse(json).ok).toBe(true);
  });

  it('ships the default course and a worked university example', () => {
    expect(courseFiles).toEqual(expect.arrayContaining(['default.json', 'example-cwml-training.json']));
    const { course } = loadCourseFile('courses/example-cwml-training.json');
    expect(course.workspace.nameTemplate).toBe('{lastName}_CWML_training');
    expect(course.workspace.accessTier).toBe('controlled');
    expect(course.workspace.collaborator).toEqual({ email: expect.stringContaining('@'), role: 'READER' });
  });
});

describe('Researcher Workbench 2.0 course rules', () => {
  const example = JSON.parse(readFileSync('courses/example-cwml-training.json', 'utf8')) as {
    workspace: Record<string, unknown>;
    answers: Record<string, string>;
  };
  const withAnswer = (platform: string | undefined, answer: string) => ({
    ...example,
    workspace: { ...example.workspace, ...(platform ? { platform } : {}) },
    answers: { ...example.answers, scientificApproach: answer },
  });

  it('the shipped courses answer 2.1 to 2.3 with 100 to 1,000 characters each', () => {
    for (const file of courseFiles) {
      const { course } = loadCourseFile(`courses/${file}`);
      expect(course.workspace.platform, file).toBe('rw2');
      for (const key of ['intendedStudy', 'scientificApproach', 'anticipatedFindings'] as const) {
        expect(course.answers[key].trim().length, `${file} ${key}`).toBeGreaterThanOrEqual(100);
        expect(course.answers[key].length, `${file} ${key}`).toBeLessThanOrEqual(1000);
      }
    }
  });

  it('refuses a short answer on rw2 (the default), naming the field; a legacy course still takes it', () => {
    for (const platform of [undefined, 'rw2']) {
      const result = validateCourse(withAnswer(platform, 'x'.repeat(99)));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['answers.scientificApproach']);
    }
    expect(validateCourse(withAnswer(undefined, 'x'.repeat(100))).ok).toBe(true);
    expect(validateCourse(withAnswer('legacy', 'x'.repeat(99))).ok).toBe(true);
  });

  it('lists the short answer together with every other problem of the file', () => {
    const result = validateCourse({ ...withAnswer(undefined, 'short'), slug: 'Not A Slug' });
    expect(!result.ok && result.problems.map((p) => p.path).sort()).toEqual(['answers.scientificApproach', 'slug']);
  });

  it('takes an optional workspace summary (at most 140 characters) and description', () => {
    const course = (workspace: Record<string, unknown>) => ({
      ...example,
      workspace: { ...example.workspace, ...workspace },
    });
    expect(validateCourse(course({ summary: 's'.repeat(140), description: 'A public description.' })).ok).toBe(true);
    const long = validateCourse(course({ summary: 's'.repeat(141) }));
    expect(!long.ok && long.problems[0]).toMatchObject({
      path: 'workspace.summary',
      rule: 'must be at most 140 characters',
    });
    const html = validateCourse(course({ description: '<b>bold</b>' }));
    expect(!html.ok && html.problems[0]?.path).toBe('workspace.description');
  });
});

describe('course fingerprint', () => {
  const { course, fingerprint } = loadCourseFile('courses/example-cwml-training.json');

  it('is short, stable and ignores key order', () => {
    expect(fingerprint).toMatch(/^[0-9a-f]{10}$/);
    const reordered = Object.fromEntries(Object.entries(course).reverse()) as typeof course;
    expect(courseFingerprint(reordered)).toBe(fingerprint);
    // Every key counts: the loader strips $schema first, so nothing unfingerprinted ships.
    expect(courseFingerprint({ ...course, $schema: 'elsewhere.json' })).not.toBe(fingerprint);
  });

  it('changes when any resolved value changes, including a default', () => {
    expect(courseFingerprint({ ...course, version: '1.0.1' })).not.toBe(fingerprint);
    expect(courseFingerprint({ ...course, help: { ...course.help, videos: 'https://example.edu/videos' } })).not.toBe(
      fingerprint,
    );
  });
});
