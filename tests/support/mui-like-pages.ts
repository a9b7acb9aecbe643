// Static pages of the Research Use Statement form built the way Material UI renders them (FormControl fieldsets with
// a legend, FormControlLabel labels around transparent native inputs, outlined text fields with their hidden notched
// outline and auto-size textarea, a Select's combobox div and its hidden native input), worded as RW 2.0 words them.

const check = (label: string) =>
  `<label class="MuiFormControlLabel-root"><span class="MuiCheckbox-root"><input type="checkbox" class="PrivateSwitchBase-input" style="opacity:0"><svg></svg></span><span class="MuiTypography-root">${label}</span></label>`;
const radio = (label: string, name: string) =>
  `<label class="MuiFormControlLabel-root"><span class="MuiRadio-root"><input type="radio" name="${name}" class="PrivateSwitchBase-input" style="opacity:0"><svg></svg></span><span class="MuiTypography-root">${label}</span></label>`;

/** An outlined Material UI text field: the root FormControl, its label, the input's own box, the helper text. */
export const textField = (id: string, label: string, { multiline = false, labelledBy = '' } = {}) => `
<div class="MuiFormControl-root MuiTextField-root" data-field="${id}">
  ${labelledBy ? '' : `<label class="MuiInputLabel-root" for="${id}">${label}</label>`}
  <div class="MuiInputBase-root MuiOutlinedInput-root" data-box="${id}">
    ${
      multiline
        ? `<textarea id="${id}" ${labelledBy ? `aria-labelledby="${labelledBy}"` : ''}></textarea><textarea aria-hidden="true" readonly tabindex="-1" style="visibility:hidden;position:absolute"></textarea>`
        : `<input id="${id}" type="text" class="MuiInputBase-input">`
    }
    <fieldset aria-hidden="true" class="MuiOutlinedInput-notchedOutline"><legend><span>${label}</span></legend></fieldset>
  </div>
  <p class="MuiFormHelperText-root">0/1,000 characters</p>
</div>`;

const checkGroup = (question: string, options: string[]) =>
  `<fieldset class="MuiFormControl-root" data-group="q"><legend class="MuiFormLabel-root">${question}</legend><div class="MuiFormGroup-root">${options.map((o) => `<div>${check(o)}</div>`).join('')}</div></fieldset>`;

/** The dialog around one page: title, "Page n of 8", the page, and Cancel/Back/Next. */
export const dialog = (page: string, n: number) => `
<div class="MuiDialog-root"><div class="MuiDialog-container"><div role="dialog" class="MuiPaper-root" aria-labelledby="t">
  <h2 id="t">Research Use Statement</h2>
  <div class="MuiDialogContent-root" style="overflow-y:auto">
    <p>Page ${n} of 8</p><span role="progressbar" aria-label="Form progress"></span>
    ${page}
  </div>
  <div class="MuiDialogActions-root"><button>Cancel</button><button>Back</button><button>${n === 8 ? 'Confirm' : 'Next'}</button></div>
</div></div></div>`;

export const RUS_PAGES: Record<number, string> = {
  1: checkGroup('What is the main purpose of your project?', [
    'Research (disease-focused, methods, …)',
    'Education',
    'Commercial (for-profit)',
    'Other',
  ]),
  2: `<div class="MuiStack-root" data-stack="page"><h2>Summarize the purpose of your research by answering these three questions.</h2>
    <p>Cover a hypothesis, methods and expected findings.</p>
    <div><p id="q21">Which scientific question(s) do you plan to study, and why does the question matter?</p>${textField('a21', '', { multiline: true, labelledBy: 'q21' })}</div>
    <div><p id="q22">Which scientific approaches will your study use? Describe the datasets, methods and tools.</p>${textField('a22', '', { multiline: true, labelledBy: 'q22' })}</div>
    <div><p id="q23">What findings do you anticipate, and how would they add to the scientific knowledge in your field?</p>${textField('a23', '', { multiline: true, labelledBy: 'q23' })}</div></div>`,
  3: checkGroup('How do you plan to share your findings? Select all that apply.', [
    'Articles in peer-reviewed scientific journals',
    'A post on a personal blog',
    'Other',
  ]),
  4: checkGroup(
    'How might your outcomes fit the All of Us Scientific Framework? Select every statement that describes the outcomes you expect.',
    ['Increase wellness and resilience', 'None of these apply'],
  ),
  5: `<h2>Population of interest</h2><fieldset class="MuiFormControl-root" data-group="q"><legend>Does your study focus on populations historically underrepresented in biomedical research?</legend>
    <div role="radiogroup">${radio('Yes, my study focuses on one or more underrepresented populations.', 'p')}${radio("No, my study doesn't center on underrepresented populations.", 'p')}</div></fieldset>`,
  6: `<div class="MuiStack-root" data-stack="page"><h2>AI/AN Policy Assessment</h2><p>All of Us has a policy on respectful research with American Indian and Alaska Native (AI/AN) communities.</p>
    <p>Regarding people who self-identify as AI/AN, does your research plan need any of the following?</p>
    <div class="MuiFormControl-root" data-field="aian"><label id="sl">Option that best describes your plans</label>
      <div class="MuiInputBase-root"><div role="combobox" tabindex="0" aria-haspopup="listbox" aria-labelledby="sl sv" id="sv"></div><input aria-hidden="true" tabindex="-1" class="MuiSelect-nativeInput" style="opacity:0" value=""><svg></svg></div></div>
    ${textField('ex', 'Explain your answer with specific details of your study design', { multiline: true })}</div>`,
  7: `<div class="MuiStack-root" data-stack="page"><h2>Review of your research purpose</h2><p>Do you want the Resource Access Board to review your research purpose statement?</p>
    <p>This answer is private: it won't appear on the Research Hub.</p>
    <div class="MuiAutocomplete-root" data-field="review"><div class="MuiFormControl-root MuiTextField-root"><label for="ac">Your answer</label>
      <div class="MuiInputBase-root"><input id="ac" role="combobox" type="text" aria-autocomplete="list" aria-expanded="false">
      <div class="MuiAutocomplete-endAdornment"><button tabindex="-1" aria-label="Open" title="Open"></button></div>
      <fieldset aria-hidden="true"><legend><span>Your answer</span></legend></fieldset></div></div></div></div>`,
};

const ANSWERS = `
  <div><h3>1. What is the main purpose of your project?</h3><span>Publicly displayed</span><p>Education</p></div>
  <div><h3>2. Summarize the purpose of your research by answering these three questions.</h3>
    <p>Which scientific question(s) do you plan to study, and why does the question matter? We will learn.</p>
    <p>Which scientific approaches will your study use? Notebooks.</p>
    <p>What findings do you anticipate, and how would they add to the scientific knowledge in your field? None.</p></div>
  <div><h3>3. How do you plan to share your findings? Select all that apply.</h3><p>Other: Class presentation</p></div>
  <div><h3>4. How might your outcomes fit the All of Us Scientific Framework? Select every statement that describes the outcomes you expect.</h3><p>None of these apply</p></div>
  <div><h3>5. Population of interest: Does your study focus on populations historically underrepresented in biomedical research?</h3><p>No</p></div>
  <div><h3>6. AI/AN Policy Assessment</h3><p>Regarding people who self-identify as AI/AN, does your research plan need any of the following?</p><p>I won't run any analyses yielding findings specific to AI/AN populations.</p></div>
  <div><h3>7. Do you want the Resource Access Board to review your research purpose statement?</h3><p>No, I have no concerns right now</p></div>`;

/** Page 8: every question with its answer, read-only. */
RUS_PAGES[8] = `<h2>Review and confirm</h2><p>Check the answers before you confirm.</p>${ANSWERS}`;

/** The workspace's "View statement" page: the saved answers, read-only, with the page's own buttons. */
export const STATEMENT_PAGE = `<main><h1>Garcia_CWML_training</h1><button>Edit answers</button><section><h2>Research Use Statement</h2>${ANSWERS}</section></main>`;
