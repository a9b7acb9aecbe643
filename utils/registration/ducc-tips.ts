// Tips for the two pages of the Data User Code of Conduct. Initials are never read: the tip explains them.
import type { Course } from '@/utils/course/schema';
import { t } from '@/utils/i18n/t';
import type { CodeOfConductPage } from '@/utils/pages';
import { query } from '@/utils/selectors';
import type { PlacedTip } from './placed-tip';

export function codeOfConductPageTips(page: CodeOfConductPage | undefined, help: Course['help']): PlacedTip[] {
  if (page === 'content') {
    return [
      {
        id: 'ducc-content',
        anchor: (root) => query(root, 'duccDocument'),
        append: 'after',
        title: t('reg_ducc_content_title'),
        paragraphs: [t('reg_ducc_content_read'), t('reg_ducc_content_proceed')],
      },
    ];
  }
  if (page === 'signature') {
    return [
      {
        id: 'ducc-signature',
        anchor: (root) => query(root, 'duccSignatureHeading'),
        append: 'after',
        title: t('reg_ducc_signature_title'),
        paragraphs: [t('reg_ducc_signature_initials'), t('reg_ducc_signature_same'), t('reg_ducc_signature_public'), t('reg_ducc_signature_after')],
        links: [{ label: t('helpDesk'), href: help.helpDeskForm }],
      },
    ];
  }
  return [];
}
