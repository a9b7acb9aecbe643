// Every place we look for on Workbench pages, named by meaning: one constant each, so a content script
// ships only the ones it uses, under minified names. `selector-table.ts` lists them all with the matches
// each must have on named real-DOM snapshots; tests/unit/selectors.test.ts checks them all.

// App shell
export const appRoot = '#root';
export const popupRoot = '#popup-root';
export const dialog = '[role="dialog"]';

// /login wizard
export const loginLanding = 'div[data-test-id="login"]';
export const createAccountButton = '[role="button"][aria-label="Create Account"]';
export const termsAgreement = 'input[data-test-id="agreement-check"]';
export const institutionStep = '#account-creation-institution';
export const institutionSelect = 'input[aria-label="Institution"]';
export const institutionRequestLink = 'a[href*="institutional-agreements"]';
export const institutionalEmail = '#contact-email';
export const institutionalRole = '[data-test-id="role-dropdown"]';
export const detailsStep = '#account-creation';
export const username = 'input#username';
export const givenName = 'input#givenName';
export const streetAddress = 'input#streetAddress';
export const researchBackground = 'textarea#areaOfResearch';
export const signupSuccess = '#account-creation-success';
export const signInPage = 'div[data-test-id="sign-in-page"]';
export const troubleSigningInLink = 'div[data-test-id="login"] a[href*="trouble-signing-in"]';
export const termsDocument = '[data-test-id="terms-of-service"] [aria-label="terms of use and privacy statement"]';
export const loginForwardButton = '[role="button"][aria-label="Next"], [role="button"][aria-label="Submit"]';
export const zipCode = 'input#zip';

// Data Access Requirements
export const darInitialHeader = '[data-test-id="initial-registration-header"]';
export const darCompleted = '[data-test-id="dar-completed"]';
export const darModule = '[data-test-id^="module-"][data-test-id$="_AUTH"], [data-test-id="module-IDENTITY"], [data-test-id="module-COMPLIANCE_TRAINING"], [data-test-id="module-CT_COMPLIANCE_TRAINING"], [data-test-id="module-DATA_USER_CODE_OF_CONDUCT"]';
export const darModuleStatus = '[data-test-id$="-complete"][data-test-id^="module-"], [data-test-id$="-incomplete"][data-test-id^="module-"], [data-test-id$="-ineligible"][data-test-id^="module-"]';
export const darNextModule = '[data-test-id="next-module-cta"]';
export const darControlledCard = '#controlled-card';
export const darIneligibleText = '[data-test-id="ineligible-text"]';
export const darRenewalHeader = '[data-test-id="annual-renewal-header"]';

// Data User Code of Conduct
export const duccContentPage = '[data-test-id="ducc-content-page"]';
export const duccSignaturePage = '[data-test-id="ducc-signature-page"]';
export const duccInitials = 'input[data-test-id="ducc-initials-input"]';
export const duccDocument = '[data-test-id="ducc-content-page"] iframe';
export const duccSignatureHeading = '[data-test-id="ducc-signature-page"] h1';

// Workbench error pages (§10): the message right under the heading; the admin "authority missing" warning
export const errorMessage = 'h2 + section';
export const authorityMissingIcon = 'clr-icon[shape="warning-standard"]';

// Workspace editor (/workspaces/build)
export const workspaceName = 'input[data-test-id="workspace-name"]';
export const accessTierSelect = '[data-test-id="select-access-tier"] select';
export const datasetVersionSelect = '[data-test-id="select-cdr-version"] select';
export const billingDropdown = '[data-test-id="billing-dropdown"]';
export const billingLabel = '[data-test-id="billing-dropdown"] .p-dropdown-label';
export const educationalPurpose = 'input#education-purpose';
export const intendedStudy = 'textarea#intendedStudyText';
export const scientificApproach = 'textarea#scientificApproachText';
export const anticipatedFindings = 'textarea#anticipatedFindingsText';
export const disseminationOther = 'input[data-test-id="OTHER-checkbox"]';
export const disseminationOtherText = 'textarea[data-test-id="otherDisseminateResearch-text"]';
export const outcomeNoneApply = 'input[aria-label="None of these statements apply to this research project"]';
export const populationNo = 'input[data-test-id="specific-population-no"]';
export const aianDetails = 'textarea#aianResearchDetails';
export const aianOption = 'input[type="radio"][id^="Option-"]';
export const reviewNo = 'input[data-test-id="review-request-btn-false"]';
export const reviewYes = 'input[data-test-id="review-request-btn-true"]';
export const createWorkspaceButton = '[role="button"][aria-label="Create Workspace"]';
export const createErrorsTooltip = '#popup-root ul li';
export const confirmButton = '[role="dialog"] [role="button"][aria-label="Confirm"]';
// Prefill + form tips (radio groups are read whole: which one is checked tells a trainee's own answer)
export const populationRadio = 'input[type="radio"][name="population"]';
export const reviewRadio = 'input[type="radio"][name="reviewRequested"]';
export const accessTierPicker = '[data-test-id="select-access-tier"]';
export const billingContainer = '#billing-dropdown-container';
export const summaryQuestion = 'div[data-test-id="intendedStudyText"]';
export const aianSection = 'div[data-test-id="aianResearchDetails"]';

// Workspace About + Share
export const aboutPrimaryPurpose = '[data-test-id="primaryResearchPurpose"]';
export const aboutCollaborator = '[data-test-id^="workspaceUser-"]';
export const shareSearch = 'input[data-test-id="search"][placeholder="Find Collaborators"]';
export const shareAddCollaborator = 'clr-icon[aria-label^="Button to add "]';
export const shareCollaboratorRow = '[data-test-id="collab-user-row"]';
export const shareCollaboratorEmail = '[data-test-id="collab-user-email"]';
export const shareRoleSelector = 'input[aria-label^="Role selector for "]';
// After creation: About markers, the Share button (no aria-label: matched by its text), the dialog's own buttons
export const aboutPurpose = '[data-test-id="primaryResearchPurpose"], [data-test-id="primaryPurpose"]';
export const primaryButton = '[role="button"][data-button-type="primary"]';
// The About snapshot is rendered without the workspace nav bar, hence 0 there.
export const workspaceAboutTab = '[role="button"][aria-label="About"]';
export const shareDialogSearch = '[role="dialog"] input[data-test-id="search"]';
export const shareDialogButton = '[role="dialog"] [role="button"]';
export const shareDialogEmail = '[role="dialog"] [data-test-id="collab-user-email"]';
export const shareRoleValue = '[aria-label^="Select "][aria-label*=" role for "]';
export const shareSearchResultEmail = '[data-test-id="user-email"]';
