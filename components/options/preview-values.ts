// The course values trainees meet, page by page, as the options page lists them (pure: course → rows).
import type { Course } from '@/domain/course/schema';
import { t, localize } from '@/domain/i18n/t';
import { stepById } from '@/domain/progress/steps';
import { workspaceCreateUrl } from '@/domain/workbench/workspace-platform';
import { roleMessageKey } from '@/domain/workbench/collaborator-role';

export interface PreviewValue {
  label: string;
  value: string;
  /** Course path the value comes from: shows the lock when IT policy set it. */
  path?: string;
  href?: string;
  long?: boolean;
}

export type PreviewPageId =
  | 'popup'
  | 'login'
  | 'google403'
  | 'dar'
  | 'ducc'
  | 'workspace'
  | 'share'
  | 'errors'
  | 'help';
export const PREVIEW_PAGE_IDS: PreviewPageId[] = [
  'popup',
  'login',
  'google403',
  'dar',
  'ducc',
  'workspace',
  'share',
  'errors',
  'help',
];

const row = (labelKey: string, value: string, path?: string, extra: Partial<PreviewValue> = {}): PreviewValue => ({
  label: t(labelKey),
  value,
  ...(path ? { path } : {}),
  ...extra,
});

export function exampleWorkspaceName(template: string): string {
  return template.replace(/\{lastName\}/g, t('options_example_last_name'));
}

function notRequired(course: Course): string {
  return course.notRequiredSteps.length
    ? course.notRequiredSteps.map((id) => t(stepById(id).titleKey)).join(' · ')
    : t('options_none');
}

function helpLinks(course: Course, ids: string[]): PreviewValue[] {
  const help = course.help as Record<string, string>;
  return ids
    .filter((id) => help[id])
    .map((id) => {
      const key = id === 'helpDeskEmail' ? 'options_help_email' : `options_help_${id}`;
      const label = t(key) === key ? id : t(key);
      const href = id === 'helpDeskEmail' ? `mailto:${help[id]}` : help[id];
      return { label, value: help[id]!, path: `help.${id}`, href };
    });
}

export function previewValues(course: Course, page: PreviewPageId): PreviewValue[] {
  const { workspace, answers, instructor } = course;
  switch (page) {
    case 'popup':
      return [
        row('options_field_course_name', course.name),
        row('options_field_instructor', `${instructor.name} · ${instructor.email}`, 'instructor'),
        ...(course.welcome ? [row('options_welcome', localize(course.welcome), 'welcome', { long: true })] : []),
        row('options_field_not_required', notRequired(course), 'notRequiredSteps'),
      ];
    case 'login':
      return helpLinks(course, [
        'institutionRequest',
        'duraSupport',
        'institutionDomains',
        'accountPolicy',
        'troubleSigningIn',
        'registration',
      ]);
    case 'google403':
      return helpLinks(course, ['troubleSigningIn', 'helpDeskForm', 'helpDeskEmail']);
    case 'dar':
      return [
        row('options_field_not_required', notRequired(course), 'notRequiredSteps'),
        ...helpLinks(course, [
          'twoStepVerification',
          'identityVerification',
          'identityTroubleshooting',
          'registrationQuestions',
          'rcrTraining',
          'dataAccessGuide',
          'accessRenewal',
          'initialCredits',
        ]),
      ];
    case 'ducc':
      return helpLinks(course, ['helpDeskForm', 'registration', 'accessRenewal']);
    case 'workspace':
      return [
        row('rw2_options_platform', t(`rw2_options_platform_${workspace.platform}`), 'workspace.platform', {
          href: workspaceCreateUrl(workspace.platform),
        }),
        row('options_field_name_template', workspace.nameTemplate, 'workspace.nameTemplate'),
        row('options_field_name_example', exampleWorkspaceName(workspace.nameTemplate), 'workspace.nameTemplate', {
          label: t('options_field_name_example', t('options_example_last_name')),
        }),
        row('options_field_access_tier', t(`options_tier_${workspace.accessTier}`), 'workspace.accessTier'),
        row(
          'options_field_dataset',
          workspace.datasetVersion ?? t('options_dataset_default'),
          'workspace.datasetVersion',
        ),
        ...(workspace.summary
          ? [row('options_field_summary', workspace.summary, 'workspace.summary', { long: true })]
          : []),
        ...(workspace.description
          ? [row('options_field_description', workspace.description, 'workspace.description', { long: true })]
          : []),
        row('options_field_q1', t('options_value_q1')),
        row('options_field_q21', answers.intendedStudy, 'answers.intendedStudy', { long: true }),
        row('options_field_q22', answers.scientificApproach, 'answers.scientificApproach', { long: true }),
        row('options_field_q23', answers.anticipatedFindings, 'answers.anticipatedFindings', { long: true }),
        row('options_field_q3', answers.disseminationOther, 'answers.disseminationOther', { long: true }),
        row('options_field_q4', t('options_value_q4')),
        row('options_field_q5', t('options_value_no')),
        row('options_field_aian_type', t(`options_aian_${answers.aianResearchType}`), 'answers.aianResearchType'),
        row('options_field_aian_details', answers.aianResearchDetails, 'answers.aianResearchDetails', { long: true }),
        row(
          'options_field_review',
          t(answers.requestReview ? 'options_value_yes' : 'options_value_no'),
          'answers.requestReview',
        ),
        ...helpLinks(course, ['workspaceDescription', 'initialCredits']),
      ];
    case 'share':
      return [
        workspace.collaborator
          ? row(
              'options_field_collaborator',
              t('options_collaborator_value', [
                workspace.collaborator.email,
                t(roleMessageKey(workspace.collaborator.role)),
              ]),
              'workspace.collaborator',
            )
          : row('options_field_collaborator', t('options_collaborator_none'), 'workspace.collaborator'),
        ...helpLinks(course, ['sharingWorkspaces']),
      ];
    case 'errors':
      return helpLinks(course, ['troubleSigningIn', 'helpDeskForm', 'helpDeskEmail', 'accountPolicy']);
    case 'help':
      return helpLinks(course, Object.keys(course.help));
  }
}

/** A value is locked when policy set it or anything inside it. */
export function isLocked(path: string | undefined, lockedPaths: readonly string[]): boolean {
  if (!path) return false;
  return lockedPaths.some(
    (locked) => locked === path || locked.startsWith(`${path}.`) || path.startsWith(`${locked}.`),
  );
}
