// A course may add Workbench hosts to where the content script runs, and nothing else.
import { describe, expect, it } from 'vitest';
import { loadCourseFile } from '@/domain/course/load-file';
import { applyCourseHosts, IDENTITY_HOSTS, type ContentScriptAccess } from '@/domain/course/manifest-hosts';
import { validateCourse } from '@/domain/course/validate';
import { WORKBENCH_HOST_PATTERNS } from '@/domain/workbench/workbench-hosts';

const { course } = loadCourseFile('courses/example-cwml-training.json');
const withHosts = (extraHosts: unknown) => validateCourse({ ...course, extraHosts });

/** What WXT generates before the hook runs (the two content scripts' own matches). */
const generated = (): ContentScriptAccess[] => [
  { matches: ['https://accounts.google.com/*'] },
  { matches: ['https://workbench.researchallofus.org/*'] },
  { matches: ['https://workbench.verily.com/*'] },
];

describe('extraHosts', () => {
  it.each([
    'https://mail.google.com/*',
    'https://support.researchallofus.org/*',
    'https://www.researchallofus.org/*',
    'https://evil-workbench.researchallofus.org.example/*',
    'https://workbench.verily.com.evil.example/*',
    'https://*.researchallofus.org/*',
    'http://preprod-workbench.researchallofus.org/*',
    'https://preprod-workbench.researchallofus.org/data/*',
  ])('refuses %s, naming the field', (host) => {
    const result = withHosts([host]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        expect.objectContaining({
          path: 'extraHosts.0',
          rule: expect.stringContaining('Researcher Workbench address'),
        }),
      ]);
  });

  it('accepts every Workbench host, each once, and no more than the list', () => {
    expect(withHosts([...WORKBENCH_HOST_PATTERNS]).ok).toBe(true);
    const twice = withHosts([
      'https://preprod-workbench.researchallofus.org/*',
      'https://preprod-workbench.researchallofus.org/*',
    ]);
    expect(twice.ok).toBe(false);
    if (!twice.ok)
      expect(twice.problems[0]).toMatchObject({ path: 'extraHosts', rule: 'must not list an address twice' });
  });

  it("a course build's content scripts: extra hosts only where the Workbench script runs, identity hosts excluded everywhere", () => {
    const scripts = generated();
    applyCourseHosts(scripts, [
      'https://preprod-workbench.researchallofus.org/*',
      'https://workbench-dev.verily.com/*',
    ]);
    expect(scripts).toEqual([
      { matches: ['https://accounts.google.com/*'], exclude_matches: IDENTITY_HOSTS },
      {
        matches: ['https://workbench.researchallofus.org/*', 'https://preprod-workbench.researchallofus.org/*'],
        exclude_matches: IDENTITY_HOSTS,
      },
      {
        matches: ['https://workbench.verily.com/*', 'https://workbench-dev.verily.com/*'],
        exclude_matches: IDENTITY_HOSTS,
      },
    ]);
  });

  it('works whichever Workbench host a script already matches, never listing one twice', () => {
    const scripts: ContentScriptAccess[] = [
      { matches: ['https://workbench.researchallofus.org/*', 'https://workbench.verily.com/*'] },
    ];
    applyCourseHosts(scripts, ['https://workbench.verily.com/*', 'https://preprod-workbench.researchallofus.org/*']);
    expect(scripts[0]!.matches).toEqual([
      'https://workbench.researchallofus.org/*',
      'https://workbench.verily.com/*',
      'https://preprod-workbench.researchallofus.org/*',
    ]);
  });
});
