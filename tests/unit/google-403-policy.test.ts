import { describe, expect, it } from 'vitest';
import { mergePolicyHelp } from '@/entrypoints/google-403.content/policy-help';

const course = { troubleSigningIn: 'https://course.example/trouble', helpDeskForm: 'https://course.example/form', helpDeskEmail: 'help@course.example' };

describe("Google 403 banner: IT policy over the course file's help links", () => {
  it('keeps the course links without a policy', () => {
    expect(mergePolicyHelp(course, undefined)).toEqual(course);
    expect(mergePolicyHelp(course, {})).toEqual(course);
  });

  it('takes valid policy links and email', () => {
    expect(mergePolicyHelp(course, { help: { troubleSigningIn: 'https://it.example.edu/sign-in', helpDeskEmail: 'it@example.edu' } })).toEqual({
      ...course,
      troubleSigningIn: 'https://it.example.edu/sign-in',
      helpDeskEmail: 'it@example.edu',
    });
  });

  it('ignores policy values that are not https links or emails', () => {
    const policy = { help: { troubleSigningIn: 'http://insecure.example', helpDeskForm: 'javascript:alert(1)', helpDeskEmail: '<b>x</b>' } };
    expect(mergePolicyHelp(course, policy)).toEqual(course);
  });
});
