// All our selectors by name, with how many matches each must have on named snapshots: for the unit tests
// and the options page's "check this tab", never for a content script.
import * as selectors from './selectors';

export { selectors };

export type SelectorName = keyof typeof selectors;

/** Written in page order, which the options page keeps. */
export const selectorExpectations: Record<SelectorName, Record<string, number>> = {
  // App shell
  appRoot: { 'dar-nothing-done.html': 1 },
  popupRoot: { 'dar-nothing-done.html': 1, 'workspace-edit-confirm-modal.html': 1 },
  dialog: { 'workspace-edit-confirm-modal.html': 1, 'workspace-share-modal.html': 1, 'workspace-about.html': 0 },

  // /login wizard
  loginLanding: { 'login-landing.html': 1, 'account-creation-tos.html': 0 },
  createAccountButton: { 'login-landing.html': 1 },
  termsAgreement: { 'account-creation-tos.html': 1, 'login-landing.html': 0 },
  institutionStep: { 'account-creation-institution.html': 1, 'account-creation-details.html': 0 },
  institutionSelect: { 'account-creation-institution.html': 1 },
  institutionRequestLink: { 'account-creation-institution.html': 1 },
  institutionalEmail: { 'account-creation-institution.html': 1 },
  institutionalRole: { 'account-creation-institution.html': 1 },
  detailsStep: { 'account-creation-details.html': 1, 'account-creation-institution.html': 0 },
  username: { 'account-creation-details.html': 1 },
  givenName: { 'account-creation-details.html': 1 },
  streetAddress: { 'account-creation-details.html': 1 },
  researchBackground: { 'account-creation-details.html': 1 },
  signupSuccess: { 'account-creation-details.html': 0 },
  signInPage: { 'login-landing.html': 1, 'account-creation-details.html': 1 },
  troubleSigningInLink: { 'login-landing.html': 1, 'account-creation-tos.html': 0 },
  termsDocument: { 'account-creation-tos.html': 1 },
  loginForwardButton: { 'account-creation-tos.html': 1, 'account-creation-institution.html': 1, 'account-creation-details.html': 1 },
  zipCode: { 'account-creation-details.html': 1 },

  // Data Access Requirements
  darInitialHeader: { 'dar-nothing-done.html': 1, 'dar-all-complete.html': 1 },
  darCompleted: { 'dar-all-complete.html': 1, 'dar-mixed-prod-flags.html': 0 },
  darModule: {
    'dar-nothing-done.html': 5,
    'dar-mixed-prod-flags.html': 5,
    'dar-all-complete.html': 5,
  },
  darModuleStatus: {
    'dar-nothing-done.html': 5,
    'dar-mixed-prod-flags.html': 5,
    'dar-ducc-next-ct-ineligible.html': 5,
    'dar-all-complete.html': 5,
  },
  darNextModule: { 'dar-nothing-done.html': 1, 'dar-all-complete.html': 0 },
  darControlledCard: { 'dar-nothing-done.html': 1 },
  darIneligibleText: { 'dar-ducc-next-ct-ineligible.html': 1, 'dar-nothing-done.html': 0 },
  darRenewalHeader: { 'dar-nothing-done.html': 0, 'dar-all-complete.html': 0 },

  // Data User Code of Conduct
  duccContentPage: { 'ducc-content.html': 1, 'ducc-signature.html': 0 },
  duccSignaturePage: { 'ducc-signature.html': 1, 'ducc-content.html': 0 },
  duccInitials: { 'ducc-signature.html': 5, 'ducc-content.html': 0 },
  duccDocument: { 'ducc-content.html': 1, 'ducc-signature.html': 0 },
  duccSignatureHeading: { 'ducc-signature.html': 1, 'ducc-content.html': 0 },

  // Workbench error pages (§10): the message right under the heading; the admin "authority missing" warning
  errorMessage: {
    'error-not-found.html': 1,
    'error-sign-in-again.html': 1,
    'error-session-expired.html': 1,
    'error-user-disabled.html': 1,
    'dar-nothing-done.html': 0,
  },
  authorityMissingIcon: { 'error-authority-missing.html': 1, 'error-not-found.html': 0 },

  // Workspace editor (/workspaces/build)
  workspaceName: { 'workspace-edit-create-initial.html': 1, 'workspace-about.html': 0 },
  accessTierSelect: { 'workspace-edit-create-initial.html': 1 },
  datasetVersionSelect: { 'workspace-edit-create-initial.html': 1 },
  billingDropdown: { 'workspace-edit-create-initial.html': 1 },
  billingLabel: { 'workspace-edit-create-initial.html': 1 },
  educationalPurpose: { 'workspace-edit-create-initial.html': 1 },
  intendedStudy: { 'workspace-edit-create-initial.html': 1 },
  scientificApproach: { 'workspace-edit-create-initial.html': 1 },
  anticipatedFindings: { 'workspace-edit-create-initial.html': 1 },
  disseminationOther: { 'workspace-edit-create-initial.html': 1 },
  disseminationOtherText: { 'workspace-edit-create-initial.html': 1 },
  outcomeNoneApply: { 'workspace-edit-create-initial.html': 1 },
  populationNo: { 'workspace-edit-create-initial.html': 1 },
  aianDetails: { 'workspace-edit-create-initial.html': 1 },
  aianOption: { 'workspace-edit-create-initial.html': 4 },
  reviewNo: { 'workspace-edit-create-initial.html': 1 },
  reviewYes: { 'workspace-edit-create-initial.html': 1 },
  createWorkspaceButton: { 'workspace-edit-create-initial.html': 1, 'workspace-edit-create-prefilled.html': 1 },
  createErrorsTooltip: { 'workspace-edit-create-errors-tooltip.html': 11, 'workspace-edit-create-initial.html': 0 },
  confirmButton: { 'workspace-edit-confirm-modal.html': 1, 'workspace-edit-create-initial.html': 0 },
  // Prefill + form tips (radio groups are read whole: which one is checked tells a trainee's own answer)
  populationRadio: { 'workspace-edit-create-initial.html': 2, 'workspace-about.html': 0 },
  reviewRadio: { 'workspace-edit-create-initial.html': 2, 'workspace-about.html': 0 },
  accessTierPicker: { 'workspace-edit-create-initial.html': 1 },
  billingContainer: { 'workspace-edit-create-initial.html': 1 },
  summaryQuestion: { 'workspace-edit-create-initial.html': 1 },
  aianSection: { 'workspace-edit-create-initial.html': 1, 'workspace-about.html': 0 },

  // Workspace About + Share
  aboutPrimaryPurpose: { 'workspace-about.html': 3 },
  aboutCollaborator: { 'workspace-about.html': 3 },
  shareSearch: { 'workspace-share-modal.html': 1, 'workspace-about.html': 0 },
  shareAddCollaborator: { 'workspace-share-search.html': 1, 'workspace-share-modal.html': 0 },
  shareCollaboratorRow: { 'workspace-share-modal.html': 3, 'workspace-share-added.html': 4 },
  shareCollaboratorEmail: { 'workspace-share-added.html': 4 },
  shareRoleSelector: { 'workspace-share-added.html': 4 },
  // After creation: About markers, the Share button (no aria-label: matched by its text), the dialog's own buttons
  aboutPurpose: { 'workspace-about.html': 4, 'workspace-edit-create-initial.html': 0 },
  primaryButton: { 'workspace-about.html': 2, 'workspace-share-modal.html': 3 },
  // The About snapshot is rendered without the workspace nav bar, hence 0 there.
  workspaceAboutTab: { 'workspace-about.html': 0 },
  shareDialogSearch: { 'workspace-share-modal.html': 1, 'workspace-share-added.html': 1, 'workspace-about.html': 0 },
  shareDialogButton: { 'workspace-share-modal.html': 2, 'workspace-share-added.html': 2 },
  shareDialogEmail: { 'workspace-share-modal.html': 3, 'workspace-share-added.html': 4 },
  shareRoleValue: { 'workspace-share-modal.html': 3, 'workspace-share-added.html': 4, 'workspace-about.html': 0 },
  shareSearchResultEmail: { 'workspace-share-search.html': 1, 'workspace-share-modal.html': 0 },
};
