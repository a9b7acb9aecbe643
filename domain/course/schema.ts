import * as z from 'zod/mini';
import { STEP_IDS } from '../workbench/step-ids';
import { WORKBENCH_HOST_PATTERNS } from '../workbench/workbench-hosts';
import { EMAIL_MAX, EMAIL_PATTERN, isHttpsLink } from '../text/field-rules';
import { visibleText } from '../text/visible-text';
import { WORKSPACE_PLATFORMS } from '../workbench/workspace-platform';
import { COLLABORATOR_ROLES } from '../workbench/collaborator-role';
import { ACCESS_TIERS } from '../workbench/access-tier';

// Limits the Workbench itself enforces on the Research Use Statement (its own validation).
export const WORKBENCH_LIMITS = {
  workspaceName: 80,
  summaryAnswer: 1000,
  disseminationOther: 100,
  aianDetails: 1000,
  /** Below this, questions 2.1 to 2.3 show the legacy Workbench's "too short" note (only a note there). */
  summaryTooShortNote: 100,
  /** Researcher Workbench 2.0 refuses answers to questions 2.1 to 2.3 under this many characters. */
  summaryAnswerMin: 100,
  /** RW 2.0's "New workspace" dialog takes a summary of at most 140 characters. */
  workspaceSummary: 140,
  workspaceDescription: 2000,
} as const;

/** Questions 2.1 to 2.3 of the Research Use Statement, where RW 2.0 asks for 100 to 1,000 characters. */
export const SUMMARY_ANSWERS = ['intendedStudy', 'scientificApproach', 'anticipatedFindings'] as const;

export const AIAN_RESEARCH_TYPES = [
  'EXCLUSIVE_AI_AN_POPULATION',
  'CASE_CONTROL_AI_AN',
  'FINDINGS_BY_AI_AN',
  'NO_AI_AN_ANALYSIS',
] as const;

export const NAME_PLACEHOLDERS = ['lastName'] as const;

export const CHROME_VERSION_RULE =
  "must be 1 to 4 dot-separated whole numbers from 0 to 65535, without leading zeros and not all zero (Chrome's rule), e.g. 1.2.0";

// One number of a version: 0 to 65535, no leading zero.
const VERSION_PART = '(?:0|[1-9]\\d{0,3}|[1-5]\\d{4}|6[0-4]\\d{3}|65[0-4]\\d{2}|655[0-2]\\d|6553[0-5])';
/** Chrome's manifest version rule (also given to editors as the JSON Schema pattern). */
export const CHROME_VERSION_PATTERN = new RegExp(`^(?!0(?:\\.0){0,3}$)${VERSION_PART}(?:\\.${VERSION_PART}){0,3}$`);

/** Anything else is not a valid extension for the Chrome Web Store or for policy updates. */
export function isChromeVersion(value: string): boolean {
  return CHROME_VERSION_PATTERN.test(value);
}

/** Where trainees create the training workspace: Researcher Workbench 2.0, or the legacy form (testing group only). */

const looksLikeHtml = (value: string) => /<\s*[a-zA-Z!/?]|&[a-zA-Z#][a-zA-Z0-9]*;/.test(value);

/** A trimmed, non-blank plain-text string between min and max characters. */
export function plainText(max: number, min = 1) {
  return z.string().check(
    z.refine((value) => value.trim().length >= min, {
      message: min === 1 ? 'must not be blank' : `must have at least ${min} characters`,
    }),
    z.maxLength(max, `must be at most ${max} characters`),
    z.refine((value) => !looksLikeHtml(value), { message: 'must be plain text (no HTML tags or entities)' }),
    visibleText,
  );
}

// field-rules.ts decides, as on the Google-403 banner; the registered format and z.email tell editors (JSON Schema).
export const httpsUrl = z
  .string({ error: 'must be an https:// link' })
  .check(visibleText, z.refine(isHttpsLink, { message: 'must be an https:// link' }))
  .register(z.globalRegistry, { format: 'uri' });
const email = z
  .email({ pattern: EMAIL_PATTERN, error: 'must be an email address' })
  .check(z.maxLength(EMAIL_MAX, `must be at most ${EMAIL_MAX} characters`));

/** Editors may point at the JSON Schema; nothing of it ships (load-file.ts strips it). */
const EDITOR_SCHEMA_MAX = 200;

const localizedText = (max: number) =>
  z.union([plainText(max), z.strictObject({ en: plainText(max), es: z.optional(plainText(max)) })]);

const nameTemplate = plainText(WORKBENCH_LIMITS.workspaceName).check(
  z.refine(
    (value) =>
      [...value.matchAll(/\{([^}]*)\}/g)].every((m) => (NAME_PLACEHOLDERS as readonly string[]).includes(m[1] ?? '')),
    {
      message: `may only use the placeholders ${NAME_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
    },
  ),
  z.refine((value) => value.replace(/\{lastName\}/g, '').length <= 60, {
    message: 'must leave at least 20 of the 80 characters for the last name',
  }),
);

const helpSchema = z.strictObject({
  helpDeskEmail: z._default(email, 'support@researchallofus.org'),
  helpDeskForm: z._default(httpsUrl, 'https://support.researchallofus.org/hc/en-us/requests/new'),
  troubleSigningIn: z._default(
    httpsUrl,
    'https://www.researchallofus.org/faq/what-if-i-have-trouble-signing-in-to-the-workbench',
  ),
  identityVerification: z._default(
    httpsUrl,
    'https://support.researchallofus.org/hc/en-us/articles/4407442809876-Identity-Verification',
  ),
  institutionRequest: z._default(httpsUrl, 'https://www.researchallofus.org/institutional-agreements/'),
  duraSupport: z._default(
    httpsUrl,
    'https://support.researchallofus.org/hc/en-us/categories/8951135815700-Access-DURA-Support',
  ),
  twoStepVerification: z._default(httpsUrl, 'https://support.google.com/accounts/answer/185839'),
  dataAccessGuide: z._default(
    httpsUrl,
    'https://support.researchallofus.org/hc/en-us/articles/9708597336596-Researcher-Data-Access-Experience',
  ),
  officeHours: z._default(
    httpsUrl,
    'https://support.researchallofus.org/hc/en-us/articles/7360094591124-All-of-Us-Live-Event-Calendar',
  ),
  orientation: z._default(
    httpsUrl,
    'https://support.researchallofus.org/hc/en-us/articles/7360094591124-All-of-Us-Live-Event-Calendar',
  ),
  gettingStarted: z._default(
    httpsUrl,
    'https://support.researchallofus.org/hc/en-us/categories/360002157352-Getting-Started',
  ),
  workingWithData: z._default(
    httpsUrl,
    'https://support.researchallofus.org/hc/en-us/categories/5942702296468-Working-with-Data',
  ),
  videos: z._default(httpsUrl, 'https://support.researchallofus.org/hc/en-us/categories/5942794068756-Videos'),
  featuredWorkspaces: z._default(
    httpsUrl,
    'https://support.researchallofus.org/hc/en-us/articles/360059633052-Featured-Workspaces-Table-of-Contents',
  ),
  codeSnippets: z._default(
    httpsUrl,
    'https://support.researchallofus.org/hc/en-us/articles/360040043132-What-are-code-snippets-',
  ),
  // The tutorial notebooks live in the featured workspace library; this public article lists them.
  tutorialNotebooks: z._default(
    httpsUrl,
    'https://support.researchallofus.org/hc/en-us/articles/360059633052-Featured-Workspaces-Table-of-Contents',
  ),
  dataBrowser: z._default(httpsUrl, 'https://databrowser.researchallofus.org/'),
  publicationPolicy: z._default(
    httpsUrl,
    'https://support.researchallofus.org/hc/en-us/articles/22344017910804-All-of-Us-Researcher-Publication-Presentation-and-Poster-Checklist',
  ),
  communityForum: z._default(httpsUrl, 'https://support.researchallofus.org/hc/en-us/community/topics'),
  publicationReportingForm: z._default(httpsUrl, 'https://redcap.pmi-ops.org/surveys/?s=MKYL8MRD4N'),
  disseminationPolicy: z._default(
    httpsUrl,
    'https://www.researchallofus.org/wp-content/themes/research-hub-wordpress-theme/media/2020/05/AoU_Policy_Data_and_Statistics_Dissemination_508.pdf',
  ),
  // Where the tips' facts come from (each tip's "Source" link).
  registration: z._default(httpsUrl, 'https://www.researchallofus.org/register/'),
  registrationQuestions: z._default(
    httpsUrl,
    'https://support.researchallofus.org/hc/en-us/articles/32792489923092-Registration-and-Account-Questions',
  ),
  accountPolicy: z._default(
    httpsUrl,
    'https://support.researchallofus.org/hc/en-us/articles/38607182776852-All-of-Us-Researcher-Workbench-Account-Management-Policy',
  ),
  institutionDomains: z._default(
    httpsUrl,
    'https://support.researchallofus.org/hc/en-us/articles/8953186730516-FAQs-for-Institutional-Signing-Officials',
  ),
  identityTroubleshooting: z._default(
    httpsUrl,
    'https://support.researchallofus.org/hc/en-us/articles/23968984529428-Troubleshooting-Identity-Verification-Issues',
  ),
  rcrTraining: z._default(
    httpsUrl,
    'https://support.researchallofus.org/hc/en-us/articles/16502340974868-Responsible-Conduct-of-Research-Training-Summary',
  ),
  accessRenewal: z._default(
    httpsUrl,
    'https://support.researchallofus.org/hc/en-us/articles/360040452231-How-do-I-renew-my-access-to-the-Researcher-Workbench',
  ),
  initialCredits: z._default(
    httpsUrl,
    'https://support.researchallofus.org/hc/en-us/articles/28920849686036-Using-All-of-Us-Initial-Credits',
  ),
  workspaceDescription: z._default(
    httpsUrl,
    'https://support.researchallofus.org/hc/en-us/articles/30351591538580-Writing-Your-Workspace-Description',
  ),
  sharingWorkspaces: z._default(
    httpsUrl,
    'https://support.researchallofus.org/hc/en-us/articles/30328097309332-Managing-Workspaces',
  ),
  // Researcher Workbench 2.0 (Verily Workbench): the public training deck on its Part 3, and Verily's own guides.
  rw2Introduction: z._default(httpsUrl, 'https://github.com/CWML/All-of-Us-Training-Resources'),
  rw2FormPolicy: z._default(
    httpsUrl,
    'https://support.workbench.verily.com/docs/guides/governance/required_form_policy/',
  ),
  rw2GroupPolicy: z._default(httpsUrl, 'https://support.workbench.verily.com/docs/guides/governance/group_policy/'),
  rw2Sharing: z._default(httpsUrl, 'https://support.workbench.verily.com/docs/guides/access_control_and_sharing/'),
});

export const HELP_LINK_IDS = Object.keys(helpSchema.def.shape).filter((key) => key !== 'helpDeskEmail') as Array<
  Exclude<keyof z.infer<typeof helpSchema>, 'helpDeskEmail'>
>;

type PartialCourse = { workspace?: { platform?: string }; answers?: Partial<Record<string, unknown>> };

/** On Researcher Workbench 2.0 (the default platform) answers 2.1 to 2.3 under 100 characters cannot be saved. */
const rw2AnswerLengths = z.superRefine<PartialCourse>(
  (course, ctx) => {
    if ((course.workspace?.platform ?? 'rw2') !== 'rw2') return;
    for (const key of SUMMARY_ANSWERS) {
      const answer = course.answers?.[key];
      if (typeof answer !== 'string' || answer.trim().length >= WORKBENCH_LIMITS.summaryAnswerMin) continue;
      ctx.addIssue({
        code: 'custom',
        path: ['answers', key],
        input: answer,
        message: `must have at least ${WORKBENCH_LIMITS.summaryAnswerMin} characters on Researcher Workbench 2.0 (workspace.platform "rw2"), which refuses shorter answers`,
      });
    }
  },
  // Checked even when other fields are wrong, so the build lists every problem at once.
  { when: () => true },
);

export const courseSchema = z
  .strictObject({
    $schema: z.optional(
      z.string().check(z.maxLength(EDITOR_SCHEMA_MAX, `must be at most ${EDITOR_SCHEMA_MAX} characters`), visibleText),
    ),
    slug: z
      .string()
      .check(
        z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single dashes'),
        z.maxLength(40, 'must be at most 40 characters'),
      ),
    name: plainText(80),
    version: z._default(z.string().check(z.regex(CHROME_VERSION_PATTERN, CHROME_VERSION_RULE)), '1.0.0'),
    instructor: z.strictObject({ name: plainText(80), email }),
    /** Extra Workbench origins (e.g. a preprod host) the content script may run on. */
    extraHosts: z._default(
      z
        .array(
          z.enum(WORKBENCH_HOST_PATTERNS, {
            error: `must be a Researcher Workbench address: one of ${WORKBENCH_HOST_PATTERNS.join(', ')}`,
          }),
        )
        .check(
          z.maxLength(WORKBENCH_HOST_PATTERNS.length, `must list at most ${WORKBENCH_HOST_PATTERNS.length} addresses`),
          z.refine((hosts) => new Set(hosts).size === hosts.length, { message: 'must not list an address twice' }),
        ),
      [],
    ),
    notRequiredSteps: z._default(z.array(z.enum(STEP_IDS, { error: `must be one of ${STEP_IDS.join(', ')}` })), []),
    welcome: z.optional(localizedText(300)),
    workspace: z.strictObject({
      nameTemplate,
      platform: z._default(z.enum(WORKSPACE_PLATFORMS, { error: 'must be "rw2" or "legacy"' }), 'rw2'),
      accessTier: z._default(z.enum(ACCESS_TIERS, { error: 'must be "registered" or "controlled"' }), 'registered'),
      datasetVersion: z.optional(plainText(200)),
      summary: z.optional(plainText(WORKBENCH_LIMITS.workspaceSummary)),
      description: z.optional(plainText(WORKBENCH_LIMITS.workspaceDescription)),
      collaborator: z.optional(
        z.strictObject({
          email,
          role: z._default(z.enum(COLLABORATOR_ROLES, { error: 'must be READER, WRITER or OWNER' }), 'READER'),
        }),
      ),
    }),
    answers: z.strictObject({
      intendedStudy: plainText(WORKBENCH_LIMITS.summaryAnswer),
      scientificApproach: plainText(WORKBENCH_LIMITS.summaryAnswer),
      anticipatedFindings: plainText(WORKBENCH_LIMITS.summaryAnswer),
      disseminationOther: plainText(WORKBENCH_LIMITS.disseminationOther),
      aianResearchType: z._default(
        z.enum(AIAN_RESEARCH_TYPES, { error: `must be one of ${AIAN_RESEARCH_TYPES.join(', ')}` }),
        'NO_AI_AN_ANALYSIS',
      ),
      aianResearchDetails: plainText(WORKBENCH_LIMITS.aianDetails),
      requestReview: z._default(z.boolean(), false),
    }),
    // prefault, not default: an omitted "help" must still get every link's own default.
    help: z.prefault(helpSchema, {}),
  })
  .check(rw2AnswerLengths);

export type CourseInput = z.input<typeof courseSchema>;
export type Course = z.infer<typeof courseSchema>;
export type HelpLinkId = (typeof HELP_LINK_IDS)[number];
export type LocalizedText = z.infer<ReturnType<typeof localizedText>>;
