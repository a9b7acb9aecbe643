// Every place we look for on Workbench pages, named by meaning. `selectorExpectations` says how many
// matches each must have on named real-DOM snapshots; tests/unit/selectors.test.ts checks them all.
// Two tables so the counts never ship in the content script (only the CSS is used there).
export const selectors = {
  // App shell
  appRoot: '#root',
  popupRoot: '#popup-root',
  dialog: '[role="dialog"]',

  // /login wizard
  loginLanding: 'div[data-test-id="login"]',
  createAccountButton: '[role="button"][aria-label="Create Account"]',
  termsAgreement: 'input[data-test-id="agreement-check"]',
  institutionStep: '#account-creation-institution',
  institutionSelect: 'input[aria-label="Institution"]',
  institutionRequestLink: 'a[href*="institutional-agreements"]',
  institutionalEmail: '#contact-email',
  institutionalRole: '[data-test-id="role-dropdown"]',
  detailsStep: '#account-creation',
  username: 'input#username',
  givenName: 'input#givenName',
  streetAddress: 'input#streetAddress',
  researchBackground: 'textarea#areaOfResearch',
  signupSuccess: '#account-creation-success',
  signInPage: 'div[data-test-id="sign-in-page"]',
  troubleSigningInLink: 'div[data-test-id="login"] a[href*="trouble-signing-in"]',
  termsDocument: '[data-test-id="terms-of-service"] [aria-label="terms of use and privacy statement"]',
  loginForwardButton: '[role="button"][aria-label="Next"], [role="button"][aria-label="Submit"]',
  zipCode: 'input#zip',

  // Data Access Requirements
  darInitialHeader: '[data-test-id="initial-registration-header"]',
  darCompleted: '[data-test-id="dar-completed"]',
  darModule: '[data-test-id^="module-"][data-test-id$="_AUTH"], [data-test-id="module-IDENTITY"], [data-test-id="module-COMPLIANCE_TRAINING"], [data-test-id="module-CT_COMPLIANCE_TRAINING"], [data-test-id="module-DATA_USER_CODE_OF_CONDUCT"]',
  darModuleStatus: '[data-test-id$="-complete"][data-test-id^="module-"], [data-test-id$="-incomplete"][data-test-id^="module-"], [data-test-id$="-ineligible"][data-test-id^="module-"]',
  darNextModule: '[data-test-id="next-module-cta"]',
  darControlledCard: '#controlled-card',
  darIneligibleText: '[data-test-id="ineligible-text"]',
  darRenewalHeader: '[data-test-id="annual-renewal-header"]',

  // Data User Code of Conduct
  duccContentPage: '[data-test-id="ducc-content-page"]',
  duccSignaturePage: '[data-test-id="ducc-signature-page"]',
  duccInitials: 'input[data-test-id="ducc-initials-input"]',
  duccDocument: '[data-test-id="ducc-content-page"] iframe',
  duccSignatureHeading: '[data-test-id="ducc-signature-page"] h1',

  // Workbench error pages (§10): the message right under the heading; the admin "authority missing" warning
  errorMessage: 'h2 + section',
  authorityMissingIcon: 'clr-icon[shape="warning-standard"]',

  // Workspace editor (/workspaces/build)
  workspaceName: 'input[data-test-id="workspace-name"]',
  accessTierSelect: '[data-test-id="select-access-tier"] select',
  datasetVersionSelect: '[data-test-id="select-cdr-version"] select',
  billingDropdown: '[data-test-id="billing-dropdown"]',
  billingLabel: '[data-test-id="billing-dropdown"] .p-dropdown-label',
  educationalPurpose: 'input#education-purpose',
  intendedStudy: 'textarea#intendedStudyText',
  scientificApproach: 'textarea#scientificApproachText',
  anticipatedFindings: 'textarea#anticipatedFindingsText',
  disseminationOther: 'input[data-test-id="OTHER-checkbox"]',
  disseminationOtherText: 'textarea[data-test-id="otherDisseminateResearch-text"]',
  outcomeNoneApply: 'input[aria-label="None of these statements apply to this research project"]',
  populationNo: 'input[data-test-id="specific-population-no"]',
  aianDetails: 'textarea#aianResearchDetails',
  aianOption: 'input[type="radio"][id^="Option-"]',
  reviewNo: 'input[data-test-id="review-request-btn-false"]',
  reviewYes: 'input[data-test-id="review-request-btn-true"]',
  createWorkspaceButton: '[role="button"][aria-label="Create Workspace"]',
  createErrorsTooltip: '#popup-root ul li',
  confirmButton: '[role="dialog"] [role="button"][aria-label="Confirm"]',
  // Prefill + form tips (radio groups are read whole: which one is checked tells a trainee's own answer)
  populationRadio: 'input[type="radio"][name="population"]',
  reviewRadio: 'input[type="radio"][name="reviewRequested"]',
  accessTierPicker: '[data-test-id="select-access-tier"]',
  billingContainer: '#billing-dropdown-container',
  summaryQuestion: 'div[data-test-id="intendedStudyText"]',
  aianSection: 'div[data-test-id="aianResearchDetails"]',

  // Workspace About + Share
  aboutPrimaryPurpose: '[data-test-id="primaryResearchPurpose"]',
  aboutCollaborator: '[data-test-id^="workspaceUser-"]',
  shareSearch: 'input[data-test-id="search"][placeholder="Find Collaborators"]',
  shareAddCollaborator: 'clr-icon[aria-label^="Button to add "]',
  shareCollaboratorRow: '[data-test-id="collab-user-row"]',
  shareCollaboratorEmail: '[data-test-id="collab-user-email"]',
  shareRoleSelector: 'input[aria-label^="Role selector for "]',
  // After creation: About markers, the Share button (no aria-label: matched by its text), the dialog's own buttons
  aboutPurpose: '[data-test-id="primaryResearchPurpose"], [data-test-id="primaryPurpose"]',
  primaryButton: '[role="button"][data-button-type="primary"]',
  // The About snapshot is rendered without the workspace nav bar, hence 0 there.
  workspaceAboutTab: '[role="button"][aria-label="About"]',
  shareDialogSearch: '[role="dialog"] input[data-test-id="search"]',
  shareDialogButton: '[role="dialog"] [role="button"]',
  shareDialogEmail: '[role="dialog"] [data-test-id="collab-user-email"]',
  shareRoleValue: '[aria-label^="Select "][aria-label*=" role for "]',
  shareSearchResultEmail: '[data-test-id="user-email"]',
} as const;

export type SelectorName = keyof typeof selectors;

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



export function query<E extends Element = HTMLElement>(root: ParentNode, name: SelectorName): E | null {
  return root.querySelector<E>(selectors[name]);
}

export function queryAll<E extends Element = HTMLElement>(root: ParentNode, name: SelectorName): E[] {
  return [...root.querySelectorAll<E>(selectors[name])];
}
