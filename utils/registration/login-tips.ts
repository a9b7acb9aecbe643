// Which tips the /login wizard gets on each step, and where each one sits. Decided from the step only.
import type { Course } from '@/utils/course/schema';
import { t } from '@/utils/i18n/t';
import { WORKBENCH_ORIGIN, type LoginStep } from '@/utils/pages';
import { query } from '@/utils/selectors';
import { commonAncestor, parentOf, type PlacedTip } from './placed-tip';

type Help = Course['help'];

const helpDesk = (help: Help) => [
  { label: t('helpDesk'), href: help.helpDeskForm },
  { label: help.helpDeskEmail, href: `mailto:${help.helpDeskEmail}` },
];

const landing = (help: Help): PlacedTip[] => [
  {
    id: 'reg-landing-new',
    anchor: (root) => query(root, 'createAccountButton'),
    append: 'after',
    title: t('reg_landing_new_title'),
    paragraphs: [t('reg_landing_new_browser'), t('reg_landing_new_email'), t('reg_landing_new_time')],
  },
  {
    id: 'reg-landing-sign-in',
    anchor: (root) => query(root, 'troubleSigningInLink'),
    append: 'after',
    title: t('reg_landing_sign_in_title'),
    paragraphs: [t('reg_landing_sign_in_account'), t('reg_landing_sign_in_profile')],
    links: [{ label: t('troubleSigningIn'), href: help.troubleSigningIn }],
  },
];

const terms = (): PlacedTip[] => [
  {
    id: 'reg-terms',
    anchor: (root) => query(root, 'termsDocument'),
    append: 'after',
    title: t('reg_terms_title'),
    paragraphs: [t('reg_terms_scroll')],
  },
];

const institution = (help: Help): PlacedTip[] => [
  {
    id: 'reg-institution',
    anchor: (root) => parentOf(query(root, 'institutionRequestLink')),
    append: 'after',
    title: t('reg_institution_title'),
    paragraphs: [t('reg_institution_dura'), t('reg_institution_missing'), t('reg_institution_public')],
    links: [
      { label: t('reg_institution_request_link'), href: help.institutionRequest },
      { label: t('reg_institution_dura_link'), href: help.duraSupport },
    ],
  },
  {
    id: 'reg-institution-email',
    anchor: (root) => parentOf(query(root, 'institutionalEmail')),
    append: 'after',
    title: t('reg_email_title'),
    paragraphs: [t('reg_email_institutional'), t('reg_email_welcome')],
  },
  {
    id: 'reg-institution-role',
    anchor: (root) => parentOf(query(root, 'institutionalRole')),
    append: 'after',
    title: t('reg_role_title'),
    paragraphs: [t('reg_role_public')],
  },
];

const details = (): PlacedTip[] => [
  {
    id: 'reg-details-username',
    anchor: (root) => parentOf(query(root, 'username')),
    append: 'after',
    title: t('reg_username_title'),
    paragraphs: [t('reg_username_google'), t('reg_username_remember')],
  },
  {
    id: 'reg-details-address',
    anchor: (root) => commonAncestor(query(root, 'streetAddress'), query(root, 'zipCode')),
    append: 'before',
    title: t('reg_address_title'),
    paragraphs: [t('reg_address_institution')],
  },
  {
    id: 'reg-details-background',
    anchor: (root) => query(root, 'researchBackground'),
    append: 'before',
    title: t('reg_background_title'),
    paragraphs: [t('reg_background_public'), t('reg_background_write')],
  },
  {
    id: 'reg-details-next',
    anchor: (root) => parentOf(query(root, 'loginForwardButton')),
    append: 'before',
    title: t('reg_demographics_title'),
    paragraphs: [t('reg_demographics_us'), t('reg_demographics_survey')],
  },
];

const success = (help: Help): PlacedTip[] => [
  {
    id: 'reg-success',
    anchor: (root) => query(root, 'signupSuccess'),
    append: 'last',
    title: t('reg_success_title'),
    paragraphs: [t('reg_success_email'), t('reg_success_complete'), t('reg_success_password'), t('reg_success_403')],
    links: [{ label: t('reg_success_workbench_link'), href: `${WORKBENCH_ORIGIN}/` }, { label: t('troubleSigningIn'), href: help.troubleSigningIn }, ...helpDesk(help)],
  },
];

/** The tips for one wizard step (none when the step is unknown). */
export function loginTips(step: LoginStep | undefined, help: Help): PlacedTip[] {
  switch (step) {
    case 'landing':
      return landing(help);
    case 'terms':
      return terms();
    case 'institution':
      return institution(help);
    case 'details':
      return details();
    case 'success':
      return success(help);
    default:
      return [];
  }
}
