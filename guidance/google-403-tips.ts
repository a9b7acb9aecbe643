// Google's 403 banner as data: its script translates with the native API (size budget), the preview with t().
import type { BannerHelp } from '@/domain/course/banner-help';
import { WORKBENCH_ORIGIN } from '@/site/pages';
import type { TipLink } from './tip-content';

export interface Google403Tip {
  title: string;
  paragraphs: string[];
  back: TipLink;
  /** Trouble signing in, then the help desk's form and its email. */
  links: [TipLink, TipLink, TipLink];
}

export function google403Tip(help: BannerHelp, t: (key: string) => string): Google403Tip {
  return {
    title: t('google403Title'),
    paragraphs: [t('google403Explain')],
    back: { label: t('google403Continue'), href: `${WORKBENCH_ORIGIN}/` },
    links: [
      { label: t('troubleSigningIn'), href: help.troubleSigningIn },
      { label: t('helpDesk'), href: help.helpDeskForm },
      { label: help.helpDeskEmail, href: `mailto:${help.helpDeskEmail}` },
    ],
  };
}
