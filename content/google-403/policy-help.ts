// IT policy may replace help links (course file < policy). This page gets no zod, so only the link fields the
// banner shows are taken, checked by the same rules the course schema uses (field-rules.ts).
import { browser } from 'wxt/browser';
import { isEmailAddress, isHttpsLink } from '@/domain/text/field-rules';
import type { Course } from '@/domain/course/schema';

type BannerHelp = Pick<Course['help'], 'troubleSigningIn' | 'helpDeskForm' | 'helpDeskEmail'>;

export function mergePolicyHelp<T extends BannerHelp>(help: T, policy: unknown): T {
  const merged = { ...help };
  const given = (policy as { help?: Record<string, unknown> } | undefined)?.help ?? {};
  for (const key of ['troubleSigningIn', 'helpDeskForm'] as const) {
    const value = given[key];
    if (isHttpsLink(value)) merged[key] = value;
  }
  if (isEmailAddress(given.helpDeskEmail)) merged.helpDeskEmail = given.helpDeskEmail;
  return merged;
}

export async function readPolicyHelp<T extends BannerHelp>(help: T): Promise<T> {
  try {
    return mergePolicyHelp(help, await browser.storage.managed.get('help'));
  } catch {
    return help; // no policy storage: the course file's links stand
  }
}
