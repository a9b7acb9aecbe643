import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SOURCE_DIRS } from '../support/source-layout';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { builtInCourse, builtInFingerprint } from '@/domain/course/active';
import { loadEffectiveCourse } from '@/domain/course/effective';
import { loadCourseFile } from '@/domain/course/load-file';
import { applyPolicy, POLICY_PATHS } from '@/domain/course/policy';
import { validateCourse } from '@/domain/course/validate';

const example = loadCourseFile('courses/example-cwml-training.json').course;

function valueAt(object: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], object);
}

function nested(path: string, value: unknown): Record<string, unknown> {
  return path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>;
}

const SAMPLE: Record<string, unknown> = {
  'instructor.name': 'University IT training desk',
  'instructor.email': 'it-training@example.edu',
  'welcome.en': 'Installed for you by your university.',
  'welcome.es': 'Su universidad instaló esta extensión para usted.',
  notRequiredSteps: ['ct-training'],
  'workspace.nameTemplate': '{lastName}_IT_training',
  'workspace.platform': 'legacy',
  'workspace.accessTier': 'registered',
  'workspace.datasetVersion': 'All of Us Registered Tier Dataset v8',
  'workspace.collaborator.email': 'teaching.assistant@researchallofus.org',
  'workspace.collaborator.role': 'WRITER',
  'help.helpDeskEmail': 'helpdesk@example.edu',
};
const sampleFor = (path: string) => SAMPLE[path] ?? `https://it.example.edu/${path.slice('help.'.length)}`;

describe('precedence: built-in default < course file < IT policy', () => {
  const minimal = { ...JSON.parse(readFileSync('courses/default.json', 'utf8')), help: undefined };

  it('a value the course file leaves out is the built-in default', () => {
    const result = validateCourse(minimal);
    expect(result.ok && result.course.help.troubleSigningIn).toBe(
      'https://www.researchallofus.org/faq/what-if-i-have-trouble-signing-in-to-the-workbench',
    );
    expect(result.ok && result.course.workspace.accessTier).toBe('registered');
  });

  it('the course file overrides the built-in default', () => {
    const result = validateCourse({ ...minimal, help: { troubleSigningIn: 'https://course.example.edu/sign-in' } });
    expect(result.ok && result.course.help.troubleSigningIn).toBe('https://course.example.edu/sign-in');
  });

  it('the policy overrides the course file and is locked; the rest stays as the course says', () => {
    const result = applyPolicy(example, { help: { troubleSigningIn: 'https://it.example.edu/sign-in' } });
    expect(result.course.help.troubleSigningIn).toBe('https://it.example.edu/sign-in');
    expect(result.lockedPaths).toEqual(['help.troubleSigningIn']);
    expect(result.warnings).toEqual([]);
    expect(result.course.answers).toEqual(example.answers);
    expect(result.course.help.helpDeskForm).toBe(example.help.helpDeskForm);
  });

  it('no policy (or an empty one) changes nothing and locks nothing', () => {
    for (const policy of [undefined, {}]) {
      const result = applyPolicy(example, policy);
      expect(result.course).toEqual(example);
      expect(result.lockedPaths).toEqual([]);
      expect(result.policyFingerprint).toBeUndefined();
    }
  });

  it.each([...POLICY_PATHS])('policy can set %s', (path) => {
    const value = sampleFor(path);
    expect(valueAt(example, path)).not.toEqual(value);
    const result = applyPolicy(example, nested(path, value));
    expect(result.warnings).toEqual([]);
    expect(valueAt(result.course, path)).toEqual(value);
    expect(result.lockedPaths).toEqual([path]);
    expect(result.policyFingerprint).toMatch(/^[0-9a-f]{10}$/);
  });
});

describe('invalid policy values are ignored with a warning, never a crash', () => {
  it('checks policy values with the course rules and keeps the valid ones', () => {
    const result = applyPolicy(example, {
      instructor: { email: 'not an email', name: 'IT desk' },
      help: { troubleSigningIn: 'http://insecure.example.edu', videos: 'https://it.example.edu/videos' },
      workspace: { nameTemplate: '<b>{lastName}</b>' },
    });
    expect(result.course.instructor).toEqual({ name: 'IT desk', email: example.instructor.email });
    expect(result.course.help.troubleSigningIn).toBe(example.help.troubleSigningIn);
    expect(result.course.help.videos).toBe('https://it.example.edu/videos');
    expect(result.course.workspace.nameTemplate).toBe(example.workspace.nameTemplate);
    expect(result.lockedPaths.sort()).toEqual(['help.videos', 'instructor.name']);
    expect(result.warnings.map((w) => `${w.path} ${w.rule}`).sort()).toEqual([
      'help.troubleSigningIn must be an https:// link',
      'instructor.email must be an email address',
      'workspace.nameTemplate must be plain text (no HTML tags or entities)',
    ]);
  });

  it('warns about keys that are not policy settings and about wrong shapes', () => {
    const result = applyPolicy(example, {
      answers: { intendedStudy: 'x' },
      slug: 'other',
      workspace: 'controlled',
      help: { videos: 42 },
    });
    expect(result.course).toEqual(example);
    expect(result.warnings.map((w) => `${w.path}: ${w.rule} (got ${w.received})`)).toEqual([
      'answers: is not a setting an administrator can set (got an unknown key)',
      'slug: is not a setting an administrator can set (got an unknown key)',
      'workspace: must be an object (got string)',
      'help.videos: must be an https:// link (got number)',
    ]);
  });

  it('a collaborator role without any collaborator email is ignored', () => {
    const noCollaborator = validateCourse({ ...example, workspace: { nameTemplate: '{lastName}_x' } });
    if (!noCollaborator.ok) throw new Error('fixture');
    const result = applyPolicy(noCollaborator.course, { workspace: { collaborator: { role: 'WRITER' } } });
    expect(result.course.workspace.collaborator).toBeUndefined();
    expect(result.warnings).toEqual([
      { path: 'workspace.collaborator.role', rule: 'is required', received: 'nothing' },
    ]);
  });

  it('a per-language welcome from policy keeps the course text for the other language', () => {
    const plain = validateCourse({ ...example, welcome: 'Welcome to class.' });
    if (!plain.ok) throw new Error('fixture');
    expect(applyPolicy(plain.course, { welcome: { es: 'Bienvenida a la clase.' } }).course.welcome).toEqual({
      en: 'Welcome to class.',
      es: 'Bienvenida a la clase.',
    });
  });
});

describe('loadEffectiveCourse with a fake managed storage', () => {
  it('without a policy: the built-in course and the build fingerprint', async () => {
    const effective = await loadEffectiveCourse();
    expect(effective).toEqual({
      course: builtInCourse,
      fingerprint: builtInFingerprint,
      lockedPaths: [],
      policyWarnings: [],
    });
  });

  it('applies the managed values, locks them, keeps the build fingerprint and never writes managed storage', async () => {
    await fakeBrowser.storage.managed.set({
      workspace: { collaborator: { email: 'ta@researchallofus.org' } },
      help: { troubleSigningIn: 'https://it.example.edu/x' },
    });
    const writes = [
      vi.spyOn(fakeBrowser.storage.managed, 'set'),
      vi.spyOn(fakeBrowser.storage.managed, 'remove'),
      vi.spyOn(fakeBrowser.storage.managed, 'clear'),
    ];
    const effective = await loadEffectiveCourse();
    expect(effective.course.workspace.collaborator).toEqual({ email: 'ta@researchallofus.org', role: 'READER' });
    expect(effective.course.help.troubleSigningIn).toBe('https://it.example.edu/x');
    expect(effective.lockedPaths.sort()).toEqual(['help.troubleSigningIn', 'workspace.collaborator.email']);
    expect(effective.fingerprint).toBe(builtInFingerprint);
    expect(effective.policyFingerprint).not.toBe(builtInFingerprint);
    for (const write of writes) expect(write).not.toHaveBeenCalled();
  });

  it('a policy that cannot be read is a warning, not a crash', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(new Error('Managed storage is not available'));
    const effective = await loadEffectiveCourse();
    expect(effective.course).toEqual(builtInCourse);
    expect(effective.policyWarnings).toEqual([
      { path: '(policy)', rule: 'could not be read: Managed storage is not available', received: 'an error' },
    ]);
  });
});

describe('production code never writes managed storage', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
    });

  it('no source file calls set/remove/clear on storage.managed', () => {
    const offenders = SOURCE_DIRS.flatMap(sources).filter((file) =>
      /storage\s*\.\s*managed\s*\.\s*(set|remove|clear)\b/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
