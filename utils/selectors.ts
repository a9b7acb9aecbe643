// Every place we look for on Workbench pages, named by meaning. Each entry says how many matches it
// must have on named real-DOM snapshots; tests/unit/selectors.test.ts checks them all.
export interface SelectorSpec {
  css: string;
  expect: Record<string, number>;
}

const spec = (css: string, expect: Record<string, number>): SelectorSpec => ({ css, expect });

export const selectors = {
  // App shell
  appRoot: spec('#root', { 'dar-nothing-done.html': 1 }),
  popupRoot: spec('#popup-root', { 'dar-nothing-done.html': 1, 'workspace-edit-confirm-modal.html': 1 }),
  dialog: spec('[role="dialog"]', { 'workspace-edit-confirm-modal.html': 1, 'workspace-share-modal.html': 1, 'workspace-about.html': 0 }),

  // /login wizard
  loginLanding: spec('div[data-test-id="login"]', { 'login-landing.html': 1, 'account-creation-tos.html': 0 }),
  createAccountButton: spec('[role="button"][aria-label="Create Account"]', { 'login-landing.html': 1 }),
  termsAgreement: spec('input[data-test-id="agreement-check"]', { 'account-creation-tos.html': 1, 'login-landing.html': 0 }),
  institutionStep: spec('#account-creation-institution', { 'account-creation-institution.html': 1, 'account-creation-details.html': 0 }),
  institutionSelect: spec('input[aria-label="Institution"]', { 'account-creation-institution.html': 1 }),
  institutionRequestLink: spec('a[href*="institutional-agreements"]', { 'account-creation-institution.html': 1 }),
  institutionalEmail: spec('#contact-email', { 'account-creation-institution.html': 1 }),
  institutionalRole: spec('[data-test-id="role-dropdown"]', { 'account-creation-institution.html': 1 }),
  detailsStep: spec('#account-creation', { 'account-creation-details.html': 1, 'account-creation-institution.html': 0 }),
  username: spec('input#username', { 'account-creation-details.html': 1 }),
  givenName: spec('input#givenName', { 'account-creation-details.html': 1 }),
  streetAddress: spec('input#streetAddress', { 'account-creation-details.html': 1 }),
  researchBackground: spec('textarea#areaOfResearch', { 'account-creation-details.html': 1 }),
  signupSuccess: spec('#account-creation-success', { 'account-creation-details.html': 0 }),
  signInPage: spec('div[data-test-id="sign-in-page"]', { 'login-landing.html': 1, 'account-creation-details.html': 1 }),
  troubleSigningInLink: spec('div[data-test-id="login"] a[href*="trouble-signing-in"]', { 'login-landing.html': 1, 'account-creation-tos.html': 0 }),
  termsDocument: spec('[data-test-id="terms-of-service"] [aria-label="terms of use and privacy statement"]', { 'account-creation-tos.html': 1 }),
  loginForwardButton: spec('[role="button"][aria-label="Next"], [role="button"][aria-label="Submit"]', { 'account-creation-tos.html': 1, 'account-creation-institution.html': 1, 'account-creation-details.html': 1 }),
  zipCode: spec('input#zip', { 'account-creation-details.html': 1 }),

  // Data Access Requirements
  darInitialHeader: spec('[data-test-id="initial-registration-header"]', { 'dar-nothing-done.html': 1, 'dar-all-complete.html': 1 }),
  darCompleted: spec('[data-test-id="dar-completed"]', { 'dar-all-complete.html': 1, 'dar-mixed-prod-flags.html': 0 }),
  darModule: spec('[data-test-id^="module-"][data-test-id$="_AUTH"], [data-test-id="module-IDENTITY"], [data-test-id="module-COMPLIANCE_TRAINING"], [data-test-id="module-CT_COMPLIANCE_TRAINING"], [data-test-id="module-DATA_USER_CODE_OF_CONDUCT"]', {
    'dar-nothing-done.html': 5,
    'dar-mixed-prod-flags.html': 5,
    'dar-all-complete.html': 5,
  }),
  darModuleStatus: spec('[data-test-id$="-complete"][data-test-id^="module-"], [data-test-id$="-incomplete"][data-test-id^="module-"], [data-test-id$="-ineligible"][data-test-id^="module-"]', {
    'dar-nothing-done.html': 5,
    'dar-mixed-prod-flags.html': 5,
    'dar-ducc-next-ct-ineligible.html': 5,
    'dar-all-complete.html': 5,
  }),
  darNextModule: spec('[data-test-id="next-module-cta"]', { 'dar-nothing-done.html': 1, 'dar-all-complete.html': 0 }),
  darControlledCard: spec('#controlled-card', { 'dar-nothing-done.html': 1 }),
  darIneligibleText: spec('[data-test-id="ineligible-text"]', { 'dar-ducc-next-ct-ineligible.html': 1, 'dar-nothing-done.html': 0 }),
  darRenewalHeader: spec('[data-test-id="annual-renewal-header"]', { 'dar-nothing-done.html': 0, 'dar-all-complete.html': 0 }),

  // Data User Code of Conduct
  duccContentPage: spec('[data-test-id="ducc-content-page"]', { 'ducc-content.html': 1, 'ducc-signature.html': 0 }),
  duccSignaturePage: spec('[data-test-id="ducc-signature-page"]', { 'ducc-signature.html': 1, 'ducc-content.html': 0 }),
  duccInitials: spec('input[data-test-id="ducc-initials-input"]', { 'ducc-signature.html': 5, 'ducc-content.html': 0 }),
  duccDocument: spec('[data-test-id="ducc-content-page"] iframe', { 'ducc-content.html': 1, 'ducc-signature.html': 0 }),
  duccSignatureHeading: spec('[data-test-id="ducc-signature-page"] h1', { 'ducc-signature.html': 1, 'ducc-content.html': 0 }),

  // Workbench error pages (§10): the message right under the heading; the admin "authority missing" warning
  errorMessage: spec('h2 + section', {
    'error-not-found.html': 1,
    'error-sign-in-again.html': 1,
    'error-session-expired.html': 1,
    'error-user-disabled.html': 1,
    'dar-nothing-done.html': 0,
  }),
  authorityMissingIcon: spec('clr-icon[shape="warning-standard"]', { 'error-authority-missing.html': 1, 'error-not-found.html': 0 }),

  // Workspace editor (/workspaces/build)
  workspaceName: spec('input[data-test-id="workspace-name"]', { 'workspace-edit-create-initial.html': 1, 'workspace-about.html': 0 }),
  accessTierSelect: spec('[data-test-id="select-access-tier"] select', { 'workspace-edit-create-initial.html': 1 }),
  datasetVersionSelect: spec('[data-test-id="select-cdr-version"] select', { 'workspace-edit-create-initial.html': 1 }),
  billingDropdown: spec('[data-test-id="billing-dropdown"]', { 'workspace-edit-create-initial.html': 1 }),
  billingLabel: spec('[data-test-id="billing-dropdown"] .p-dropdown-label', { 'workspace-edit-create-initial.html': 1 }),
  educationalPurpose: spec('input#education-purpose', { 'workspace-edit-create-initial.html': 1 }),
  intendedStudy: spec('textarea#intendedStudyText', { 'workspace-edit-create-initial.html': 1 }),
  scientificApproach: spec('textarea#scientificApproachText', { 'workspace-edit-create-initial.html': 1 }),
  anticipatedFindings: spec('textarea#anticipatedFindingsText', { 'workspace-edit-create-initial.html': 1 }),
  disseminationOther: spec('input[data-test-id="OTHER-checkbox"]', { 'workspace-edit-create-initial.html': 1 }),
  disseminationOtherText: spec('textarea[data-test-id="otherDisseminateResearch-text"]', { 'workspace-edit-create-initial.html': 1 }),
  outcomeNoneApply: spec('input[aria-label="None of these statements apply to this research project"]', { 'workspace-edit-create-initial.html': 1 }),
  populationNo: spec('input[data-test-id="specific-population-no"]', { 'workspace-edit-create-initial.html': 1 }),
  aianDetails: spec('textarea#aianResearchDetails', { 'workspace-edit-create-initial.html': 1 }),
  aianOption: spec('input[type="radio"][id^="Option-"]', { 'workspace-edit-create-initial.html': 4 }),
  reviewNo: spec('input[data-test-id="review-request-btn-false"]', { 'workspace-edit-create-initial.html': 1 }),
  reviewYes: spec('input[data-test-id="review-request-btn-true"]', { 'workspace-edit-create-initial.html': 1 }),
  createWorkspaceButton: spec('[role="button"][aria-label="Create Workspace"]', { 'workspace-edit-create-initial.html': 1, 'workspace-edit-create-prefilled.html': 1 }),
  createErrorsTooltip: spec('#popup-root ul li', { 'workspace-edit-create-errors-tooltip.html': 11, 'workspace-edit-create-initial.html': 0 }),
  confirmButton: spec('[role="dialog"] [role="button"][aria-label="Confirm"]', { 'workspace-edit-confirm-modal.html': 1, 'workspace-edit-create-initial.html': 0 }),
  // Prefill + form tips (radio groups are read whole: which one is checked tells a trainee's own answer)
  populationRadio: spec('input[type="radio"][name="population"]', { 'workspace-edit-create-initial.html': 2, 'workspace-about.html': 0 }),
  reviewRadio: spec('input[type="radio"][name="reviewRequested"]', { 'workspace-edit-create-initial.html': 2, 'workspace-about.html': 0 }),
  accessTierPicker: spec('[data-test-id="select-access-tier"]', { 'workspace-edit-create-initial.html': 1 }),
  billingContainer: spec('#billing-dropdown-container', { 'workspace-edit-create-initial.html': 1 }),
  summaryQuestion: spec('div[data-test-id="intendedStudyText"]', { 'workspace-edit-create-initial.html': 1 }),
  aianSection: spec('div[data-test-id="aianResearchDetails"]', { 'workspace-edit-create-initial.html': 1, 'workspace-about.html': 0 }),

  // Workspace About + Share
  aboutPrimaryPurpose: spec('[data-test-id="primaryResearchPurpose"]', { 'workspace-about.html': 3 }),
  aboutCollaborator: spec('[data-test-id^="workspaceUser-"]', { 'workspace-about.html': 3 }),
  shareSearch: spec('input[data-test-id="search"][placeholder="Find Collaborators"]', { 'workspace-share-modal.html': 1, 'workspace-about.html': 0 }),
  shareAddCollaborator: spec('clr-icon[aria-label^="Button to add "]', { 'workspace-share-search.html': 1, 'workspace-share-modal.html': 0 }),
  shareCollaboratorRow: spec('[data-test-id="collab-user-row"]', { 'workspace-share-modal.html': 3, 'workspace-share-added.html': 4 }),
  shareCollaboratorEmail: spec('[data-test-id="collab-user-email"]', { 'workspace-share-added.html': 4 }),
  shareRoleSelector: spec('input[aria-label^="Role selector for "]', { 'workspace-share-added.html': 4 }),
  // After creation: About markers, the Share button (no aria-label: matched by its text), the dialog's own buttons
  aboutPurpose: spec('[data-test-id="primaryResearchPurpose"], [data-test-id="primaryPurpose"]', { 'workspace-about.html': 4, 'workspace-edit-create-initial.html': 0 }),
  primaryButton: spec('[role="button"][data-button-type="primary"]', { 'workspace-about.html': 2, 'workspace-share-modal.html': 3 }),
  // The About snapshot is rendered without the workspace nav bar, hence 0 there.
  workspaceAboutTab: spec('[role="button"][aria-label="About"]', { 'workspace-about.html': 0 }),
  shareDialogSearch: spec('[role="dialog"] input[data-test-id="search"]', { 'workspace-share-modal.html': 1, 'workspace-share-added.html': 1, 'workspace-about.html': 0 }),
  shareDialogButton: spec('[role="dialog"] [role="button"]', { 'workspace-share-modal.html': 2, 'workspace-share-added.html': 2 }),
  shareDialogEmail: spec('[role="dialog"] [data-test-id="collab-user-email"]', { 'workspace-share-modal.html': 3, 'workspace-share-added.html': 4 }),
  shareRoleValue: spec('[aria-label^="Select "][aria-label*=" role for "]', { 'workspace-share-modal.html': 3, 'workspace-share-added.html': 4, 'workspace-about.html': 0 }),
  shareSearchResultEmail: spec('[data-test-id="user-email"]', { 'workspace-share-search.html': 1, 'workspace-share-modal.html': 0 }),
} satisfies Record<string, SelectorSpec>;

export type SelectorName = keyof typeof selectors;

export function query<E extends Element = HTMLElement>(root: ParentNode, name: SelectorName): E | null {
  return root.querySelector<E>(selectors[name].css);
}

export function queryAll<E extends Element = HTMLElement>(root: ParentNode, name: SelectorName): E[] {
  return [...root.querySelectorAll<E>(selectors[name].css)];
}
