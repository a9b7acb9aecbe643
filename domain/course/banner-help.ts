// The only help links Google's 403 page banner shows: its script carries these, not every link of the course.
import type { Course } from './schema';

export const BANNER_HELP_KEYS = ['troubleSigningIn', 'helpDeskForm', 'helpDeskEmail'] as const;
export type BannerHelp = Pick<Course['help'], (typeof BANNER_HELP_KEYS)[number]>;

export function bannerHelp(help: Course['help']): BannerHelp {
  return Object.fromEntries(BANNER_HELP_KEYS.map((key) => [key, help[key]])) as BannerHelp;
}
