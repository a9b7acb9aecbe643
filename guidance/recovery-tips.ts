// The way out of each Workbench dead end: what happened, and the next thing to do.
import { parentOf, type PlacedTip, sourceLink, type TipLink } from './tip-content';
import type { ScriptCourse } from '@/domain/course/script-course';
import { query } from '@/site/dom';
import { paragraphsOf, t } from '@/domain/i18n/t';
import { WORKBENCH_ORIGIN, type WorkbenchErrorRoute } from '@/site/pages';
import * as sel from '@/site/selectors';

export type DeadEnd = WorkbenchErrorRoute | 'authority-missing';

const TEXT: Record<DeadEnd, { id: string; title: string; body: string }> = {
  '/sign-in-again': { id: 'rec-sign-in-again', title: 'rec_sign_in_again_title', body: 'rec_sign_in_again_body' },
  '/session-expired': { id: 'rec-session-expired', title: 'rec_session_expired_title', body: 'rec_session_expired_do' },
  '/not-found': { id: 'rec-not-found', title: 'rec_not_found_title', body: 'rec_not_found_do' },
  '/user-disabled': { id: 'rec-user-disabled', title: 'rec_user_disabled_title', body: 'rec_user_disabled_body' },
  'authority-missing': { id: 'rec-authority-missing', title: 'rec_authority_title', body: 'rec_authority_do' },
};

function linksFor(deadEnd: DeadEnd, help: ScriptCourse['help']): TipLink[] {
  const home = { label: t('rec_link_home'), href: `${WORKBENCH_ORIGIN}/` };
  const dar = { label: t('rec_link_dar'), href: `${WORKBENCH_ORIGIN}/data-access-requirements` };
  const desk = [
    { label: t('helpDesk'), href: help.helpDeskForm },
    { label: help.helpDeskEmail, href: `mailto:${help.helpDeskEmail}` },
  ];
  switch (deadEnd) {
    case '/sign-in-again':
    case '/session-expired':
      return [
        { label: t('troubleSigningIn'), href: help.troubleSigningIn },
        ...desk,
        sourceLink(help.troubleSigningIn),
      ];
    case '/not-found':
      return [home, dar, ...desk];
    case '/user-disabled':
      return [...desk, sourceLink(help.accountPolicy)];
    case 'authority-missing':
      return [home, dar];
  }
}

/** The recovery tip, placed at the end of the Workbench's own message box. */
export function recoveryTip(deadEnd: DeadEnd, help: ScriptCourse['help']): PlacedTip {
  const { id, title, body } = TEXT[deadEnd];
  const anchor =
    deadEnd === 'authority-missing'
      ? { anchor: (root: ParentNode) => parentOf(query(root, sel.authorityMissingIcon)), append: 'after' as const }
      : { anchor: (root: ParentNode) => parentOf(query(root, sel.errorMessage)), append: 'last' as const };
  return { id, ...anchor, title: t(title), paragraphs: paragraphsOf(body), links: linksFor(deadEnd, help) };
}
