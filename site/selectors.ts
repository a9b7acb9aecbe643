// Every place and every text we look for on Workbench pages, named by meaning. Beside each one, `name_`
// says how many matches it has on named real-DOM snapshots (../shared/workbench/snapshots), or why no
// snapshot can show it (`unverified`); tests/unit/selectors.test.ts checks every pair. One constant each,
// so a content script ships only the entries it uses, and none of the `_` expectations.

/** Matches on named snapshots. A text match counts the elements of `within` whose folded text (`textOf`)
 *  equals the string or passes the pattern. */
export interface Expected {
  [snapshot: `${string}.html`]: number;
  within?: string;
  unverified?: string;
}

// App shell
export const appRoot = '#root';
export const appRoot_ = { 'dar-nothing-done.html': 1 } satisfies Expected;

// Any page: dialogs and headings by tag or role, form fields (Researcher Workbench 2.0's DOM is not public: its pages
// are read through these and texts alone, utils/rw2-page.ts)
export const anyDialog = '[role="dialog"]';
export const anyDialog_ = {
  'workspace-edit-confirm-modal.html': 1,
  'workspace-share-modal.html': 1,
  'workspace-about.html': 0,
} satisfies Expected;
export const anyHeading = 'h1, h2, h3, h4, [role="heading"]';
export const anyHeading_ = {
  'dar-nothing-done.html': 2,
  'workspace-about.html': 6,
  'workspace-edit-create-initial.html': 0,
} satisfies Expected;
export const textField = 'input:not([type]), input[type="text"], input[type="email"], input[type="search"]';
export const textField_ = { 'workspace-share-modal.html': 4, 'dar-nothing-done.html': 0 } satisfies Expected;
/** Where a page shows what someone types, not what it saved (and never our business to read as "displayed"). */
export const formField = 'textarea, input, select, [contenteditable="true"], script, style';
export const formField_ = { 'workspace-edit-create-initial.html': 61, 'dar-nothing-done.html': 0 } satisfies Expected;

// Legacy home page after the move to Researcher Workbench 2.0 (legacy-workbench-ended-banner.tsx,
// vwb-create-workspace-modal.tsx)
const movedUnverified = 'no real snapshot shows it; tests/fixtures/legacy-site has its texts from the public source';
/**
 * react-modal renders `aria`, not `data-test-id`: the label is what production shows; the test id in case it ever does.
 */
export const workspaceMovedModal =
  '[data-test-id="vwb-create-workspace-modal"], [role="dialog"][aria-label="Create Workspace Redirect Modal"]';
export const workspaceMovedModal_ = {
  'workspace-edit-confirm-modal.html': 0,
  'dar-2fa-modal.html': 0,
  'workspace-share-modal.html': 0,
  unverified: movedUnverified,
} satisfies Expected;
/** A modal's title, body and footer are plain divs (FACTS §5: react-modal). */
export const dialogTextBlock = '[role="dialog"] div';
export const dialogTextBlock_ = {
  'workspace-edit-confirm-modal.html': 9,
  'workspace-about.html': 0,
} satisfies Expected;
export const workspaceMovedTitle = 'Researcher Workbench is moving';
export const workspaceMovedTitle_ = {
  within: dialogTextBlock,
  'workspace-edit-confirm-modal.html': 0,
  unverified: movedUnverified,
} satisfies Expected;
export const migrationEndedHeading = 'Migration has ended.';
export const migrationEndedHeading_ = {
  within: anyHeading,
  'dar-nothing-done.html': 0,
  unverified: movedUnverified,
} satisfies Expected;

// /login wizard
export const loginLanding = 'div[data-test-id="login"]';
export const loginLanding_ = { 'login-landing.html': 1, 'account-creation-tos.html': 0 } satisfies Expected;
export const createAccountButton = '[role="button"][aria-label="Create Account"]';
export const createAccountButton_ = { 'login-landing.html': 1 } satisfies Expected;
export const termsAgreement = 'input[data-test-id="agreement-check"]';
export const termsAgreement_ = { 'account-creation-tos.html': 1, 'login-landing.html': 0 } satisfies Expected;
export const institutionStep = '#account-creation-institution';
export const institutionStep_ = {
  'account-creation-institution.html': 1,
  'account-creation-details.html': 0,
} satisfies Expected;
export const institutionRequestLink = 'a[href*="institutional-agreements"]';
export const institutionRequestLink_ = { 'account-creation-institution.html': 1 } satisfies Expected;
export const institutionalEmail = '#contact-email';
export const institutionalEmail_ = { 'account-creation-institution.html': 1 } satisfies Expected;
// The Workbench's warning icon beside the email once its membership check refused the address
export const emailRejected = 'div[aria-label="emailvalidation"] clr-icon[shape="warning-standard"]';
export const emailRejected_ = {
  'account-creation-institution-filled.html': 0,
  'account-creation-institution.html': 0,
  unverified:
    'no snapshot shows a refused email (the filled one shows the green check); tests/unit/guidance-tips.test.tsx turns that check into the warning icon',
} satisfies Expected;
export const institutionalRole = '[data-test-id="role-dropdown"]';
export const institutionalRole_ = { 'account-creation-institution.html': 1 } satisfies Expected;
export const detailsStep = '#account-creation';
export const detailsStep_ = {
  'account-creation-details.html': 1,
  'account-creation-institution.html': 0,
} satisfies Expected;
export const username = 'input#username';
export const username_ = { 'account-creation-details.html': 1 } satisfies Expected;
export const streetAddress = 'input#streetAddress';
export const streetAddress_ = { 'account-creation-details.html': 1 } satisfies Expected;
export const researchBackground = 'textarea#areaOfResearch';
export const researchBackground_ = { 'account-creation-details.html': 1 } satisfies Expected;
export const signupSuccess = '#account-creation-success';
export const signupSuccess_ = {
  'account-creation-details.html': 0,
  unverified: 'no real snapshot of the success step; tests/fixtures/account-creation-success.html follows FACTS.md',
} satisfies Expected;
export const signInPage = 'div[data-test-id="sign-in-page"]';
export const signInPage_ = { 'login-landing.html': 1, 'account-creation-details.html': 1 } satisfies Expected;
export const troubleSigningInLink = 'div[data-test-id="login"] a[href*="trouble-signing-in"]';
export const troubleSigningInLink_ = { 'login-landing.html': 1, 'account-creation-tos.html': 0 } satisfies Expected;
export const termsDocument = '[data-test-id="terms-of-service"] [aria-label="terms of use and privacy statement"]';
export const termsDocument_ = { 'account-creation-tos.html': 1 } satisfies Expected;
export const loginForwardButton = '[role="button"][aria-label="Next"], [role="button"][aria-label="Submit"]';
export const loginForwardButton_ = {
  'account-creation-tos.html': 1,
  'account-creation-institution.html': 1,
  'account-creation-details.html': 1,
} satisfies Expected;
export const zipCode = 'input#zip';
export const zipCode_ = { 'account-creation-details.html': 1 } satisfies Expected;

// Data Access Requirements
export const darInitialHeader = '[data-test-id="initial-registration-header"]';
export const darInitialHeader_ = { 'dar-nothing-done.html': 1, 'dar-all-complete.html': 1 } satisfies Expected;
export const darCompleted = '[data-test-id="dar-completed"]';
export const darCompleted_ = { 'dar-all-complete.html': 1, 'dar-mixed-prod-flags.html': 0 } satisfies Expected;
export const darModule =
  '[data-test-id^="module-"][data-test-id$="_AUTH"], [data-test-id="module-IDENTITY"], [data-test-id="module-COMPLIANCE_TRAINING"], [data-test-id="module-CT_COMPLIANCE_TRAINING"], [data-test-id="module-DATA_USER_CODE_OF_CONDUCT"]';
export const darModule_ = {
  'dar-nothing-done.html': 5,
  'dar-mixed-prod-flags.html': 5,
  'dar-all-complete.html': 5,
} satisfies Expected;
export const darModuleStatus =
  '[data-test-id$="-complete"][data-test-id^="module-"], [data-test-id$="-incomplete"][data-test-id^="module-"], [data-test-id$="-ineligible"][data-test-id^="module-"]';
export const darModuleStatus_ = {
  'dar-nothing-done.html': 5,
  'dar-mixed-prod-flags.html': 5,
  'dar-ducc-next-ct-ineligible.html': 5,
  'dar-all-complete.html': 5,
} satisfies Expected;
/** A row's completion date, as "Completed on: Nov 18, 2026" or "Bypassed on: …". */
export const darCompletedOnText = /(?:Completed|Bypassed) on:\s*([A-Z][a-z]{2} \d{1,2}, \d{4})/;
export const darCompletedOnText_ = {
  within: darModule,
  'dar-all-complete.html': 5,
  'dar-ducc-next-ct-ineligible.html': 3,
  'dar-nothing-done.html': 0,
} satisfies Expected;
/** The title the Workbench shows as active: the focused step, or an optional one open now. */
export const darModuleActiveTitle = '[data-test-id^="module-"][data-test-id$="-clickable-text"]';
export const darModuleActiveTitle_ = {
  'dar-nothing-done.html': 1,
  'dar-mixed-prod-flags.html': 1,
  'dar-all-complete.html': 0,
} satisfies Expected;
export const darNextModule = '[data-test-id="next-module-cta"]';
export const darNextModule_ = { 'dar-nothing-done.html': 1, 'dar-all-complete.html': 0 } satisfies Expected;
export const darRenewalHeader = '[data-test-id="annual-renewal-header"]';
export const darRenewalHeader_ = {
  'dar-nothing-done.html': 0,
  'dar-all-complete.html': 0,
  unverified: 'no snapshot of the annual renewal page',
} satisfies Expected;
// The identity row's own buttons (Get Started): pressing one starts the verification in a new tab
export const darIdentityStart = '[data-test-id="module-IDENTITY"] [role="button"]';
export const darIdentityStart_ = {
  'dar-nothing-done.html': 1,
  'dar-mixed-prod-flags.html': 1,
  'dar-all-complete.html': 0,
} satisfies Expected;

// Home page: the banner asking to sign an updated Data User Code of Conduct
export const duccUpdateBanner = '[role="alert"][aria-label="Action required: updated Data User Code of Conduct"]';
export const duccUpdateBanner_ = {
  'dar-nothing-done.html': 0,
  unverified: 'no snapshot of the home page; tests/fixtures/homepage-ducc-update.html follows the Workbench source',
} satisfies Expected;

// Data User Code of Conduct
export const duccContentPage = '[data-test-id="ducc-content-page"]';
export const duccContentPage_ = { 'ducc-content.html': 1, 'ducc-signature.html': 0 } satisfies Expected;
export const duccSignaturePage = '[data-test-id="ducc-signature-page"]';
export const duccSignaturePage_ = { 'ducc-signature.html': 1, 'ducc-content.html': 0 } satisfies Expected;
export const duccDocument = '[data-test-id="ducc-content-page"] iframe';
export const duccDocument_ = { 'ducc-content.html': 1, 'ducc-signature.html': 0 } satisfies Expected;
export const duccSignatureHeading = '[data-test-id="ducc-signature-page"] h1';
export const duccSignatureHeading_ = { 'ducc-signature.html': 1, 'ducc-content.html': 0 } satisfies Expected;

// Workbench error pages (§10): the message right under the heading; the admin "authority missing" warning
export const errorMessage = 'h2 + section';
export const errorMessage_ = {
  'error-not-found.html': 1,
  'error-sign-in-again.html': 1,
  'error-session-expired.html': 1,
  'error-user-disabled.html': 1,
  'dar-nothing-done.html': 0,
} satisfies Expected;
export const authorityMissingIcon = 'clr-icon[shape="warning-standard"]';
export const authorityMissingIcon_ = {
  'error-authority-missing.html': 1,
  'error-not-found.html': 0,
} satisfies Expected;
export const authorityMissingText = /lacks the administrative authority/;
export const authorityMissingText_ = {
  within: 'body',
  'error-authority-missing.html': 1,
  'error-not-found.html': 0,
} satisfies Expected;

// Google's own error page (the harmless 403 after the first password change)
const googleUnverified = "Google's page: no real snapshot, only the copy in tests/unit/error-google-403.test.ts";
export const google403Title = /^Error 403/;
export const google403Title_ = { within: 'title', unverified: googleUnverified } satisfies Expected;
export const google403Code = 'p > b';
export const google403Code_ = { unverified: googleUnverified } satisfies Expected;
export const google403CodeText = '403.';
export const google403CodeText_ = { within: google403Code, unverified: googleUnverified } satisfies Expected;
export const google403MessageText = "That's an error.";
export const google403MessageText_ = { within: 'body', unverified: googleUnverified } satisfies Expected;

// Workspace editor (/workspaces/build)
export const workspaceName = 'input[data-test-id="workspace-name"]';
export const workspaceName_ = { 'workspace-edit-create-initial.html': 1, 'workspace-about.html': 0 } satisfies Expected;
export const accessTierSelect = '[data-test-id="select-access-tier"] select';
export const accessTierSelect_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
export const datasetVersionSelect = '[data-test-id="select-cdr-version"] select';
export const datasetVersionSelect_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
export const billingLabel = '[data-test-id="billing-dropdown"] .p-dropdown-label';
export const billingLabel_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
/** The billing account a new trainee should keep: the free initial credits. */
export const initialCreditsText = /initial credits/i;
export const initialCreditsText_ = {
  within: billingLabel,
  'workspace-edit-create-initial.html': 1,
  'workspace-edit-create-prefilled.html': 1,
} satisfies Expected;
export const educationalPurpose = 'input#education-purpose';
export const educationalPurpose_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
export const intendedStudy = 'textarea#intendedStudyText';
export const intendedStudy_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
export const scientificApproach = 'textarea#scientificApproachText';
export const scientificApproach_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
export const anticipatedFindings = 'textarea#anticipatedFindingsText';
export const anticipatedFindings_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
export const disseminationOther = 'input[data-test-id="OTHER-checkbox"]';
export const disseminationOther_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
export const disseminationOtherText = 'textarea[data-test-id="otherDisseminateResearch-text"]';
export const disseminationOtherText_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
export const outcomeNoneApply = 'input[aria-label="None of these statements apply to this research project"]';
export const outcomeNoneApply_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
export const populationNo = 'input[data-test-id="specific-population-no"]';
export const populationNo_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
export const aianDetails = 'textarea#aianResearchDetails';
export const aianDetails_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
export const aianOption = 'input[type="radio"][id^="Option-"]';
export const aianOption_ = { 'workspace-edit-create-initial.html': 4 } satisfies Expected;
export const createWorkspaceButton = '[role="button"][aria-label="Create Workspace"]';
export const createWorkspaceButton_ = {
  'workspace-edit-create-initial.html': 1,
  'workspace-edit-create-prefilled.html': 1,
} satisfies Expected;
export const createErrorsTooltip = '#popup-root ul li';
export const createErrorsTooltip_ = {
  'workspace-edit-create-errors-tooltip.html': 11,
  'workspace-edit-create-initial.html': 0,
} satisfies Expected;
// Any form's buttons, read (by text) only to tell whether its own "Create workspace" is enabled
export const pageButton = 'button, [role="button"]';
export const pageButton_ = { 'workspace-edit-create-initial.html': 8, 'dar-nothing-done.html': 2 } satisfies Expected;
export const confirmButton = '[role="dialog"] [role="button"][aria-label="Confirm"]';
export const confirmButton_ = {
  'workspace-edit-confirm-modal.html': 1,
  'workspace-edit-create-initial.html': 0,
} satisfies Expected;
// Prefill + form tips (radio groups are read whole: which one is checked tells a trainee's own answer)
export const populationRadio = 'input[type="radio"][name="population"]';
export const populationRadio_ = {
  'workspace-edit-create-initial.html': 2,
  'workspace-about.html': 0,
} satisfies Expected;
export const reviewRadio = 'input[type="radio"][name="reviewRequested"]';
export const reviewRadio_ = { 'workspace-edit-create-initial.html': 2, 'workspace-about.html': 0 } satisfies Expected;
export const accessTierPicker = '[data-test-id="select-access-tier"]';
export const accessTierPicker_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
export const billingContainer = '#billing-dropdown-container';
export const billingContainer_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
export const summaryQuestion = 'div[data-test-id="intendedStudyText"]';
export const summaryQuestion_ = { 'workspace-edit-create-initial.html': 1 } satisfies Expected;
export const aianSection = 'div[data-test-id="aianResearchDetails"]';
export const aianSection_ = { 'workspace-edit-create-initial.html': 1, 'workspace-about.html': 0 } satisfies Expected;

// Workspace About + Share
export const aboutCollaborator = '[data-test-id^="workspaceUser-"]';
export const aboutCollaborator_ = { 'workspace-about.html': 3 } satisfies Expected;
export const shareCollaboratorRow = '[data-test-id="collab-user-row"]';
export const shareCollaboratorRow_ = {
  'workspace-share-modal.html': 3,
  'workspace-share-added.html': 4,
} satisfies Expected;
export const shareCollaboratorEmail = '[data-test-id="collab-user-email"]';
export const shareCollaboratorEmail_ = { 'workspace-share-added.html': 4 } satisfies Expected;
// After creation: About markers, the Share button (no aria-label: matched by its text), the dialog's own buttons
export const aboutPurpose = '[data-test-id="primaryResearchPurpose"], [data-test-id="primaryPurpose"]';
export const aboutPurpose_ = { 'workspace-about.html': 4, 'workspace-edit-create-initial.html': 0 } satisfies Expected;
export const primaryButton = '[role="button"][data-button-type="primary"]';
export const primaryButton_ = { 'workspace-about.html': 2, 'workspace-share-modal.html': 3 } satisfies Expected;
export const shareButtonText = 'Share';
export const shareButtonText_ = {
  within: primaryButton,
  'workspace-about.html': 1,
  'workspace-share-modal.html': 1,
} satisfies Expected;
export const workspaceAboutTab = '[role="button"][aria-label="About"]';
export const workspaceAboutTab_ = {
  'workspace-about.html': 0,
  unverified: 'the About snapshot is rendered without the workspace nav bar',
} satisfies Expected;
export const shareDialogSearch = '[role="dialog"] input[data-test-id="search"]';
export const shareDialogSearch_ = {
  'workspace-share-modal.html': 1,
  'workspace-share-added.html': 1,
  'workspace-about.html': 0,
} satisfies Expected;
export const shareDialogButton = '[role="dialog"] [role="button"]';
export const shareDialogButton_ = {
  'workspace-share-modal.html': 2,
  'workspace-share-added.html': 2,
} satisfies Expected;
export const shareSaveText = 'Save';
export const shareSaveText_ = {
  within: shareDialogButton,
  'workspace-share-modal.html': 1,
  'workspace-share-added.html': 1,
  'workspace-about.html': 0,
} satisfies Expected;
export const shareDialogEmail = '[role="dialog"] [data-test-id="collab-user-email"]';
export const shareDialogEmail_ = {
  'workspace-share-modal.html': 3,
  'workspace-share-added.html': 4,
} satisfies Expected;
export const shareRoleValue = '[aria-label^="Select "][aria-label*=" role for "]';
export const shareRoleValue_ = {
  'workspace-share-modal.html': 3,
  'workspace-share-added.html': 4,
  'workspace-about.html': 0,
} satisfies Expected;

// Any form (fill by meaning): HTML and ARIA structure that names a control, not the Workbench's own markup
export const labelFor = 'label[for]';
export const labelFor_ = {
  'workspace-edit-create-initial.html': 7,
  'account-creation-details.html': 35,
} satisfies Expected;
export const label = 'label';
export const label_ = { 'workspace-edit-create-initial.html': 55, 'dar-nothing-done.html': 0 } satisfies Expected;
const rw2Only =
  'no real snapshot groups its controls; the RW 2.0 dialog fixture (tests/fixtures/rw2-workspace-dialog) does';
export const controlGroup = '[role="radiogroup"], [role="group"], fieldset';
export const controlGroup_ = { 'workspace-edit-create-initial.html': 0, unverified: rw2Only } satisfies Expected;
/** Read from a fieldset found by `controlGroup`. */
export const groupLegend = ':scope > legend';
export const groupLegend_ = { unverified: rw2Only } satisfies Expected;

// Placing UI beside a field group (site/field-group.ts): what the trainee answers or presses, what only explains
/**
 * Anything the trainee fills in or presses. A widget's own inner buttons (tabindex -1, e.g. a dropdown's arrow) are not
 * counted.
 */
export const interactive =
  'input:not([type="hidden"]), textarea, select, button:not([tabindex="-1"]), a[href], [role="button"]:not([tabindex="-1"]), [role="checkbox"], [role="radio"], [role="switch"], [role="textbox"], [role="combobox"], [role="slider"], [role="tab"], [contenteditable="true"]';
export const interactive_ = { 'workspace-edit-create-initial.html': 70, 'dar-nothing-done.html': 5 } satisfies Expected;
/** Text that explains or comments rather than asks: a question quoted there is a mention, not the question. */
export const helpText = '[role="tooltip"], [role="note"], [role="complementary"], aside';
export const helpText_ = {
  'workspace-edit-create-initial.html': 0,
  unverified: 'no real snapshot has such help text; tests/unit/prefill-questions.test.ts builds pages that do',
} satisfies Expected;

// Dropdowns (prefill/combobox.ts): the listbox a combobox opens and its options, as ARIA names them on any library
export const ariaOwner = '[aria-owns]';
export const ariaOwner_ = {
  'workspace-edit-create-initial.html': 0,
  unverified: 'no real snapshot owns a popup by aria-owns; tests/unit/prefill-combobox.test.ts builds comboboxes',
} satisfies Expected;
export const anyListbox = '[role="listbox"]';
export const anyListbox_ = {
  'account-creation-institution-select-open.html': 1,
  'workspace-edit-create-initial.html': 0,
} satisfies Expected;
export const listOption = '[role="option"]';
export const listOption_ = {
  'account-creation-institution-select-open.html': 1,
  'workspace-edit-create-initial.html': 0,
} satisfies Expected;
/** Where a page's own structure begins: UI placed beside a field group never climbs out of it. */
export const pageRegion = 'body, form, main, [role="dialog"], [role="main"], [role="tabpanel"]';
export const pageRegion_ = {
  'workspace-edit-confirm-modal.html': 2,
  'workspace-edit-create-initial.html': 1,
} satisfies Expected;

// Researcher Workbench 2.0, Part 3 (site/rw2-part3.ts): controls by tag and ARIA role only, named by their texts
const rw2Part3 =
  "RW 2.0's DOM is not public; tests/unit/rw2-part3-pages.test.ts reads fixture pages built from its public documentation";
export const anyButton = 'button, [role="button"]';
export const anyButton_ = { 'workspace-share-modal.html': 5, 'workspace-about.html': 3 } satisfies Expected;
export const anyTab = '[role="tab"]';
export const anyTab_ = { 'workspace-about.html': 0, unverified: rw2Part3 } satisfies Expected;
export const tabList = '[role="tablist"]';
export const tabList_ = { 'workspace-about.html': 0, unverified: rw2Part3 } satisfies Expected;
export const radioControl = 'input[type="radio"], [role="radio"]';
export const radioControl_ = { 'workspace-edit-create-initial.html': 8, 'dar-nothing-done.html': 0 } satisfies Expected;
export const checkboxControl = 'input[type="checkbox"], [role="checkbox"]';
export const checkboxControl_ = {
  'workspace-edit-create-initial.html': 38,
  'dar-nothing-done.html': 0,
} satisfies Expected;
export const comboboxControl = 'select, [role="combobox"]';
export const comboboxControl_ = { 'workspace-share-modal.html': 3, 'dar-nothing-done.html': 0 } satisfies Expected;
export const textBox =
  'input:not([type]), input[type="text"], input[type="email"], input[type="search"], textarea, [role="textbox"]';
export const textBox_ = {
  'workspace-share-modal.html': 4,
  'workspace-edit-create-initial.html': 9,
  'dar-nothing-done.html': 0,
} satisfies Expected;
/** A row of a list or table: where a page lists a collection or a person beside their role. */
export const listRow = 'li, [role="listitem"], tr, [role="row"]';
export const listRow_ = { 'dar-nothing-done.html': 0, unverified: rw2Part3 } satisfies Expected;
export const tableLike = 'table, [role="table"], [role="grid"]';
export const tableLike_ = { 'dar-nothing-done.html': 0, unverified: rw2Part3 } satisfies Expected;
/** Pop-up option lists (a combobox's choices): never a proof of what the page saved. */
export const optionList = '[role="listbox"], [role="option"], [role="menu"]';
export const optionList_ = { 'dar-nothing-done.html': 0, unverified: rw2Part3 } satisfies Expected;
