// The short text an instructor gets: who, which course, how far, and the shared workspace.
import { t } from '../i18n/t';
import type { Journey } from './journey';

export interface HandInInput {
  trainee: string;
  courseName: string;
  journey: Journey;
  formatDay: (ms: number) => string;
  /** Who the course says to share with, when the page did not name the collaborator. */
  courseCollaborator?: string;
}

export function handInSummary({ trainee, courseName, journey, formatDay, courseCollaborator }: HandInInput): string {
  const parts = [t('popup_summary_counts', [String(journey.done), String(journey.required)])];
  const open = journey.parts
    .flatMap((part) => part.steps)
    .filter((s) => s.view === 'pending' || s.view === 'ineligible');
  if (open.length) parts.push(t('popup_summary_left', open.map((s) => t(s.step.titleKey)).join(', ')));
  const workspace = journey.workspace && `${journey.workspace.namespace}/${journey.workspace.name}`;
  const collaborator = journey.collaborator ?? courseCollaborator;
  if (workspace && collaborator && journey.sharedAt !== undefined) {
    parts.push(t('popup_summary_shared', [workspace, collaborator, formatDay(journey.sharedAt)]));
  } else if (workspace) {
    parts.push(t('popup_summary_not_shared', workspace));
  }
  // Which tier's data the workspace holds (Researcher Workbench 2.0): what the instructor's access must match.
  if (journey.dataTier) parts.push(t('popup_summary_data_tier', t(`wsTier_${journey.dataTier}`)));
  return `${t('popup_summary_intro', [trainee, courseName])} ${parts.join('; ')}.`;
}

export function exportFileName(slug: string, at: number): string {
  return `workbench-progress-${slug}-${new Date(at).toISOString().slice(0, 10)}.json`;
}
