import { describe, expect, it } from 'vitest';
import { mergePolicyHelp } from '@/content/google-403/policy-help';
import { builtInCourse } from '@/domain/course/active';
import { validateCourse } from '@/domain/course/validate';

const course = {
  troubleSigningIn: 'https://course.example/trouble',
  helpDeskForm: 'https://course.example/form',
  helpDeskEmail: 'help@course.example',
};

describe("Google 403 banner: IT policy over the course file's help links", () => {
  it('keeps the course links without a policy', () => {
    expect(mergePolicyHelp(course, undefined)).toEqual(course);
    expect(mergePolicyHelp(course, {})).toEqual(course);
  });

  it('takes valid policy links and email', () => {
    expect(
      mergePolicyHelp(course, {
        help: { troubleSigningIn: 'https://it.example.edu/sign-in', helpDeskEmail: 'it@example.edu' },
      }),
    ).toEqual({
      ...course,
      troubleSigningIn: 'https://it.example.edu/sign-in',
      helpDeskEmail: 'it@example.edu',
    });
  });

  it('ignores policy values that are not https links or emails', () => {
    const policy = {
      help: {
        troubleSigningIn: 'http://insecure.example',
        helpDeskForm: 'javascript:alert(1)',
        helpDeskEmail: '<b>x</b>',
      },
    };
    expect(mergePolicyHelp(course, policy)).toEqual(course);
  });
});

describe('Google 403 banner and course schema accept exactly the same help values', () => {
  const links = [
    'https://it.example.edu/sign-in',
    'https://x.example',
    'http://insecure.example',
    'javascript:alert(1)',
    ' https://padded.example',
    'https://example.edu/a b',
    'https://example.edu/\u202Eevil',
    'https://',
    'https:///path',
    'ftp://example.edu',
    'https://exa<mple.edu',
    'data:text/html,x',
    42,
    null,
  ];
  const emails = [
    'it@example.edu',
    'first.last+tag@sub.example.org',
    "o'brien@example.ie",
    '<b>x</b>',
    'a..b@example.edu',
    '.a@example.edu',
    'a.@example.edu',
    'a@b.c',
    'a@example',
    '"quoted"@example.edu',
    'a@exa_mple.edu',
    'ann@example.edu\u200B',
    `${'a'.repeat(250)}@example.edu`,
    'a b@example.edu',
    7,
  ];

  const schemaAccepts = (key: string, value: unknown) =>
    validateCourse({ ...builtInCourse, help: { ...builtInCourse.help, [key]: value } }).ok;
  const bannerAccepts = (key: 'troubleSigningIn' | 'helpDeskForm' | 'helpDeskEmail', value: unknown) =>
    mergePolicyHelp(course, { help: { [key]: value } })[key] === value;

  it.each(links.map((value) => [JSON.stringify(value), value]))('link %s', (_label, value) => {
    expect(bannerAccepts('troubleSigningIn', value)).toBe(schemaAccepts('troubleSigningIn', value));
    expect(bannerAccepts('helpDeskForm', value)).toBe(schemaAccepts('helpDeskForm', value));
  });

  it.each(emails.map((value) => [JSON.stringify(value), value]))('email %s', (_label, value) => {
    expect(bannerAccepts('helpDeskEmail', value)).toBe(schemaAccepts('helpDeskEmail', value));
  });

  it('the corpus holds values on both sides of each rule', () => {
    expect(links.filter((value) => schemaAccepts('helpDeskForm', value)).length).toBeGreaterThan(1);
    expect(emails.filter((value) => schemaAccepts('helpDeskEmail', value)).length).toBeGreaterThan(2);
    expect(emails.filter((value) => !schemaAccepts('helpDeskEmail', value)).length).toBeGreaterThan(5);
  });
});
