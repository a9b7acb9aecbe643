// Which tips the /login wizard gets on each step, and where each one sits. Decided from the step only.
import { commonAncestor, parentOf, type PlacedTip, sourceLink, tipHostName } from './tip-content';
import type { ScriptCourse } from '@/domain/course/script-course';
import { query } from '@/site/dom';
import { paragraphsOf, t } from '@/domain/i18n/t';
import { WORKBENCH_ORIGIN, type LoginStep } from '@/site/pages';
import * as sel from '@/site/selectors';

type Help = ScriptCourse['help'];

const helpDesk = (help: Help) => [
  { label: t('helpDesk'), href: help.helpDeskForm },
  { label: help.helpDeskEmail, href: `mailto:${help.helpDeskEmail}` },
];

const landing = (help: Help): PlacedTip[] => [
  {
    id: 'reg-landing-new',
    anchor: (root) => query(root, sel.createAccountButton),
    append: 'after',
    title: t('reg_landing_new_title'),
    paragraphs: paragraphsOf('reg_landing_new_body'),
    links: [sourceLink(help.registration)],
  },
  {
    id: 'reg-landing-sign-in',
    anchor: (root) => query(root, sel.troubleSigningInLink),
    append: 'after',
    title: t('reg_landing_sign_in_title'),
    paragraphs: paragraphsOf('reg_landing_sign_in_body'),
    links: [{ label: t('troubleSigningIn'), href: help.troubleSigningIn }, sourceLink(help.troubleSigningIn)],
  },
];

const terms = (help: Help): PlacedTip[] => [
  {
    id: 'reg-terms',
    anchor: (root) => query(root, sel.termsDocument),
    append: 'after',
    title: t('reg_terms_title'),
    paragraphs: paragraphsOf('reg_terms_scroll'),
    links: [sourceLink(help.registration)],
  },
];

const institution = (help: Help): PlacedTip[] => [
  {
    id: 'reg-institution',
    anchor: (root) => parentOf(query(root, sel.institutionRequestLink)),
    append: 'after',
    title: t('reg_institution_title'),
    paragraphs: paragraphsOf('reg_institution_body'),
    links: [
      { label: t('reg_institution_request_link'), href: help.institutionRequest },
      { label: t('reg_institution_dura_link'), href: help.duraSupport },
      sourceLink(help.duraSupport),
    ],
  },
  {
    id: 'reg-institution-email',
    anchor: (root) => parentOf(query(root, sel.institutionalEmail)),
    append: 'after',
    title: t('reg_email_title'),
    paragraphs: paragraphsOf('reg_email_body'),
    links: [sourceLink(help.institutionDomains)],
  },
  {
    id: 'reg-institution-role',
    anchor: (root) => parentOf(query(root, sel.institutionalRole)),
    append: 'after',
    title: t('reg_role_title'),
    paragraphs: paragraphsOf('reg_role_public'),
    links: [sourceLink(help.registration)],
  },
];

const details = (help: Help): PlacedTip[] => [
  {
    id: 'reg-details-username',
    anchor: (root) => parentOf(query(root, sel.username)),
    append: 'after',
    title: t('reg_username_title'),
    paragraphs: paragraphsOf('reg_username_body'),
    links: [sourceLink(help.registration)],
  },
  {
    id: 'reg-details-address',
    anchor: (root) => commonAncestor(query(root, sel.streetAddress), query(root, sel.zipCode)),
    append: 'before',
    title: t('reg_address_title'),
    paragraphs: paragraphsOf('reg_address_institution'),
    links: [sourceLink(help.registration)],
  },
  {
    id: 'reg-details-background',
    anchor: (root) => query(root, sel.researchBackground),
    append: 'before',
    title: t('reg_background_title'),
    paragraphs: paragraphsOf('reg_background_body'),
    links: [sourceLink(help.registration)],
  },
  {
    id: 'reg-details-next',
    anchor: (root) => parentOf(query(root, sel.loginForwardButton)),
    append: 'before',
    title: t('reg_demographics_title'),
    paragraphs: paragraphsOf('reg_demographics_body'),
    links: [sourceLink(help.registration)],
  },
];

const success = (help: Help): PlacedTip[] => [
  {
    id: 'reg-success',
    anchor: (root) => query(root, sel.signupSuccess),
    append: 'last',
    title: t('reg_success_title'),
    paragraphs: paragraphsOf('reg_success_body'),
    links: [
      { label: t('reg_success_workbench_link'), href: `${WORKBENCH_ORIGIN}/` },
      { label: t('troubleSigningIn'), href: help.troubleSigningIn },
      ...helpDesk(help),
      sourceLink(help.registration),
    ],
  },
];

/** The tips for one wizard step (none when the step is unknown). */
export function loginTips(step: LoginStep | undefined, help: Help): PlacedTip[] {
  switch (step) {
    case 'landing':
      return landing(help);
    case 'terms':
      return terms(help);
    case 'institution':
      return institution(help);
    case 'details':
      return details(help);
    case 'success':
      return success(help);
    default:
      return [];
  }
}

/** Shown once the Workbench refuses the email: registered domains only, and one account per address. */
export function emailRejectedTip(help: Help): PlacedTip {
  return {
    id: 'reg-email-rejected',
    anchor: (root) =>
      query(root, sel.emailRejected)
        ? (root.querySelector(tipHostName('reg-institution-email')) ?? parentOf(query(root, sel.institutionalEmail)))
        : null,
    append: 'after',
    title: t('reg_email_member_title'),
    paragraphs: paragraphsOf('reg_email_member_body'),
    links: [
      ...helpDesk(help),
      { label: t('reg_email_domains_link'), href: help.institutionDomains },
      sourceLink(help.accountPolicy),
    ],
  };
}
