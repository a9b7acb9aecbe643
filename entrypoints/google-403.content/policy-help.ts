// IT policy may replace help links (course file < policy). This page gets no zod, so only the
// link fields the banner shows are taken, and only when they are https:// links or an email.
import { browser } from 'wxt/browser';
import type { Course } from '@/utils/course/schema';

type BannerHelp = Pick<Course['help'], 'troubleSigningIn' | 'helpDeskForm' | 'helpDeskEmail'>;

export function mergePolicyHelp<T extends BannerHelp>(help: T, policy: unknown): T {
  const merged = { ...help };
  const given = (policy as { help?: Record<string, unknown> } | undefined)?.help ?? {};
  for (const key of ['troubleSigningIn', 'helpDeskForm'] as const) {
    const value = given[key];
    if (typeof value === 'string' && /^https:\/\/[^\s<>"]+$/.test(value)) merged[key] = value;
  }
  const email = given.helpDeskEmail;
  if (typeof email === 'string' && /^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i.test(email)) merged.helpDeskEmail = email;
  return merged;
}

export async function readPolicyHelp<T extends BannerHelp>(help: T): Promise<T> {
  try {
    return mergePolicyHelp(help, await browser.storage.managed.get('help'));
  } catch {
    return help; // no policy storage: the course file's links stand
  }
}
