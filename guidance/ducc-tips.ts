// Tips for the two pages of the Data User Code of Conduct. Initials are never read: the tip explains them.
import { type PlacedTip, sourceLink } from './tip-content';
import type { ScriptCourse } from '@/domain/course/script-course';
import { query } from '@/site/dom';
import { paragraphsOf, t } from '@/domain/i18n/t';
import type { CodeOfConductPage } from '@/site/pages';
import * as sel from '@/site/selectors';

export function codeOfConductPageTips(page: CodeOfConductPage | undefined, help: ScriptCourse['help']): PlacedTip[] {
  if (page === 'content') {
    return [
      {
        id: 'ducc-content',
        anchor: (root) => query(root, sel.duccDocument),
        append: 'after',
        title: t('reg_ducc_content_title'),
        paragraphs: paragraphsOf('reg_ducc_content_body'),
        links: [sourceLink(help.registration)],
      },
    ];
  }
  if (page === 'signature') {
    return [
      {
        id: 'ducc-signature',
        anchor: (root) => query(root, sel.duccSignatureHeading),
        append: 'after',
        title: t('reg_ducc_signature_title'),
        paragraphs: paragraphsOf('reg_ducc_signature_body'),
        links: [{ label: t('helpDesk'), href: help.helpDeskForm }, sourceLink(help.registration)],
      },
    ];
  }
  return [];
}

/** Beside the home page's banner asking to sign an updated Code of Conduct: how, and that nothing is lost. */
export function codeOfConductUpdateTip(help: ScriptCourse['help']): PlacedTip {
  return {
    id: 'home-ducc-update',
    anchor: (root) => query(root, sel.duccUpdateBanner),
    append: 'after',
    title: t('reg_ducc_update_title'),
    paragraphs: paragraphsOf('reg_ducc_update_body'),
    links: [sourceLink(help.accessRenewal)],
  };
}
