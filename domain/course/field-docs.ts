// What each course-file field means, for instructors: shown by editors (via the generated JSON Schema)
// and in the README. Keyed by dotted path; a test checks that every field of the schema has an entry.
export const COURSE_FIELD_DOCS: Record<string, string> = {
  $schema: 'Path of the JSON Schema file, so editors can autocomplete and flag mistakes ("./course.schema.json").',
  slug: 'Short id of the course: lowercase letters, digits and single dashes (max 40). Names the zip and the output folder.',
  name: 'Course name shown to trainees in the popup and on the options page (plain text, max 80).',
  version:
    "Version of this build (default 1.0.0): 1 to 4 dot-separated numbers from 0 to 65535, no leading zeros, not all zero (Chrome's rule). Raise it for every build you redistribute.",
  instructor: 'Who trainees contact about the course.',
  'instructor.name': 'Instructor or course team name (plain text, max 80).',
  'instructor.email': 'Instructor contact email shown in the popup.',
  extraHosts:
    'Extra Workbench origins the guidance may run on, each once, e.g. "https://preprod-workbench.researchallofus.org/*" (default none). Only the Workbench\'s own hosts are accepted.',
  notRequiredSteps: 'Journey steps this course does not require (they show as "not needed"), e.g. ["ct-training"].',
  welcome:
    'Short welcome note (max 300) shown in the popup: plain text, or {"en": "…", "es": "…"} for per-language texts.',
  'welcome.en': 'Welcome note in English (required when per-language texts are given).',
  'welcome.es': 'Welcome note in Spanish (optional; English is shown when missing).',
  workspace: 'The training workspace trainees create.',
  'workspace.nameTemplate':
    'Workspace name rule, e.g. "{lastName}_training". {lastName} is replaced by the trainee\'s last name; at least 20 of the 80 characters must remain for it.',
  'workspace.platform':
    'Where trainees create the workspace: "rw2" (default, Researcher Workbench 2.0 at workbench.verily.com) or "legacy" (the old /workspaces/build form, only for trainees in the migration testing group).',
  'workspace.accessTier':
    'Data access tier: "registered" (default) or "controlled" (Controlled Tier; trainees then also need the Controlled Tier training).',
  'workspace.datasetVersion': 'Dataset version label to pick (plain text). Leave out to keep the Workbench default.',
  'workspace.summary':
    'Summary offered in Researcher Workbench 2.0\'s "New workspace" dialog (plain text, max 140). Leave out to let trainees write their own.',
  'workspace.description':
    'Description offered in the "New workspace" dialog (plain text, max 2000). It is publicly accessible: nothing sensitive.',
  'workspace.collaborator': 'Who trainees share the workspace with (leave out if they do not share).',
  'workspace.collaborator.email':
    "The instructor's Workbench username (…@researchallofus.org): the Share search finds only Workbench usernames or names, so any other address gives a build warning.",
  'workspace.collaborator.role': 'Role given to the collaborator: READER (default), WRITER or OWNER.',
  answers: "Research Use Statement answers filled in for the trainee (plain text; the Workbench's own limits apply).",
  'answers.intendedStudy':
    'Question 2.1, the scientific question(s) to study (max 1000; at least 100 on Researcher Workbench 2.0, which refuses shorter answers).',
  'answers.scientificApproach':
    'Question 2.2, the approaches, datasets and tools (max 1000; at least 100 on Researcher Workbench 2.0).',
  'answers.anticipatedFindings':
    'Question 2.3, the anticipated findings (max 1000; at least 100 on Researcher Workbench 2.0).',
  'answers.disseminationOther': 'Question 3, text for the "Other" dissemination choice (max 100).',
  'answers.aianResearchType':
    'Question 6.1 (AI/AN research): NO_AI_AN_ANALYSIS (default), EXCLUSIVE_AI_AN_POPULATION, CASE_CONTROL_AI_AN or FINDINGS_BY_AI_AN.',
  'answers.aianResearchDetails': 'Question 6.2, explanation of the AI/AN answer (max 1000).',
  'answers.requestReview': 'Last question (Resource Access Board review): false (default) answers "No".',
  help: 'Help links shown in tips and in the popup (https:// only). Every link has a public default; set only the ones you change.',
  'help.helpDeskEmail': 'Help-desk email address.',
  'help.helpDeskForm': 'Help-desk request form.',
  'help.troubleSigningIn': "Page for trainees who cannot sign in (linked from the banner on Google's 403 page).",
  'help.identityVerification': 'Identity verification (Login.gov / ID.me) help.',
  'help.institutionRequest':
    'How an institution gets a data use agreement (for trainees whose institution is not listed).',
  'help.officeHours': 'Drop-in office hours / live event calendar.',
  'help.orientation': 'New-user orientation sessions.',
  'help.gettingStarted': 'User Support Hub: getting started.',
  'help.workingWithData': 'User Support Hub: working with data.',
  'help.videos': 'User Support Hub: videos.',
  'help.featuredWorkspaces': 'Featured workspaces.',
  'help.codeSnippets': 'Code snippets.',
  'help.tutorialNotebooks': "Tutorial notebooks (the featured workspace library's table of contents lists them).",
  'help.dataBrowser': 'The public Data Browser.',
  'help.publicationPolicy': 'Publication and presentation policy and checklist.',
  'help.communityForum': 'Community forum.',
  'help.publicationReportingForm':
    'Publication and Presentation Reporting Form (researchers report every upcoming publication or presentation).',
  'help.disseminationPolicy': 'Data and Statistics Dissemination Policy (what may be shared publicly).',
  'help.registration': 'How to register for the Researcher Workbench (source of the account-creation tips).',
  'help.registrationQuestions': 'Registration and account questions (source of the identity and training tips).',
  'help.accountPolicy': 'Account Management Policy: one Workbench account per institutional email address.',
  'help.institutionDomains': 'How institutions register the email domains their researchers sign up with.',
  'help.identityTroubleshooting':
    'Troubleshooting identity verification (international users, verification not showing).',
  'help.rcrTraining': 'Responsible Conduct of Research training: content and duration.',
  'help.accessRenewal': 'Yearly access renewal.',
  'help.initialCredits': 'Using the All of Us initial credits ($300, expiry).',
  'help.workspaceDescription': 'Writing the workspace description (Research Use Statement).',
  'help.sharingWorkspaces': 'Sharing a workspace with collaborators.',
  'help.rw2Introduction':
    'Source of the Researcher Workbench 2.0 Part 3 tips (the public training deck on creating a workspace and adding data).',
  'help.rw2FormPolicy':
    "Verily Workbench's guide to required form policies (the Research Use Statement of a data collection).",
  'help.rw2GroupPolicy': "Verily Workbench's guide to group policies.",
  'help.rw2Sharing': "Verily Workbench's guide to access control and sharing.",
};

/** Help links added later get a generic description until someone writes a better one. */
export function fieldDoc(path: string): string | undefined {
  if (COURSE_FIELD_DOCS[path]) return COURSE_FIELD_DOCS[path];
  if (path.startsWith('help.')) return `Help link "${path.slice(5)}" (https:// only; has a public default).`;
  return undefined;
}
