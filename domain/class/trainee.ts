// One hand-in file → one trainee's row: name, every step with its date and how it was recorded, workspace and sharing.
import type { Course } from '../course/schema';
import type { AccessTier } from '../workbench/access-tier';
import { matchesNameTemplate, urlNameOf, type WorkspaceRef } from '../progress/workspace-progress';
import type { ExportCourse } from '../progress/export-format';
import { describeJourney, type Journey, type StepView } from '../progress/journey';
import { latestPerStep } from '../progress/records';
import { notRequiredSteps } from '../progress/requirements';
import { MANUAL_SOURCE } from '../progress/status-rows';
import { STEPS, type StepId } from '../progress/steps';
import { dateFlags, type DateFlag } from './date-checks';
import type { HandInFile } from './parse';

/** The instructor's course, as this build (with any IT policy) defines it. */
export interface ClassCourse {
  slug: string;
  name: string;
  /** The build's fingerprint, and the one after IT policy when a policy changed the course. */
  fingerprints: readonly string[];
  nameTemplate: string;
  collaborator?: string;
  skipped: ReadonlySet<StepId>;
}

/**
 * Self-reported either way: "page" means the extension saw it on a Workbench page, "manual" that the trainee ticked it.
 */
export type StepSource = 'page' | 'manual';

export interface StepCell {
  step: StepId;
  view: StepView;
  /** When the extension recorded it (ms). */
  at?: number;
  /** The completion date the Workbench printed, when it showed one. */
  shownDate?: string;
  source?: StepSource;
  /** The data collection's tier, as the page showed it (data-collection-added). */
  tier?: AccessTier;
}

/** Where the name shown comes from: the file itself, the workspace name (course rule), or the file's name. */
export type NameOrigin = 'file' | 'workspace' | 'file-name';

export interface TraineeRow {
  name: string;
  nameOrigin: NameOrigin;
  label: string;
  course: ExportCourse;
  /** Same course, another build (fingerprint) than this page's: in the table, marked. */
  otherBuild: boolean;
  exportedAt: number;
  steps: StepCell[];
  journey: Pick<Journey, 'done' | 'required' | 'percent' | 'parts'>;
  next?: StepId;
  workspace?: WorkspaceRef;
  workspaceFollowsRule?: boolean;
  /** Shared in the Workbench (as the file says), with whom and whether that is the course's collaborator. */
  shared?: { with?: string; at: number; isCourseCollaborator: boolean };
  /** Steps the trainee ticked by hand (nothing on a page showed them). */
  manualSteps: number;
  /** Dates the file cannot honestly carry (see date-checks.ts); empty when plausible. */
  dateFlags: DateFlag[];
}

/** openedAt: when the class view opened, the latest a plausible file can be dated (plus a day). */
export function traineeRow(file: HandInFile, course: ClassCourse, openedAt: number): TraineeRow {
  const { data } = file;
  const statuses = latestPerStep(data.events);
  const journey = describeJourney(statuses, course.skipped);
  const steps = journey.parts
    .flatMap((part) => part.steps)
    .map(({ step, view, status }): StepCell => {
      if (!status || view === 'not-needed') return { step: step.id, view };
      return {
        step: step.id,
        view,
        at: status.at,
        source: status.source === MANUAL_SOURCE ? 'manual' : 'page',
        ...(status.shownDate ? { shownDate: status.shownDate } : {}),
        ...(status.tier ? { tier: status.tier } : {}),
      };
    });
  const workspace = journey.workspace;
  const collaborator = journey.collaborator?.trim().toLowerCase();
  const { name, origin } = nameOf(file, workspace, course.nameTemplate);
  return {
    name,
    nameOrigin: origin,
    label: file.label,
    course: data.course!,
    otherBuild: !course.fingerprints.includes(data.course!.fingerprint),
    exportedAt: data.exportedAt,
    steps,
    journey: { done: journey.done, required: journey.required, percent: journey.percent, parts: journey.parts },
    ...(journey.next ? { next: journey.next.step.id } : {}),
    ...(workspace ? { workspace, workspaceFollowsRule: matchesNameTemplate(workspace.name, course.nameTemplate) } : {}),
    ...(journey.sharedAt !== undefined
      ? {
          shared: {
            ...(journey.collaborator ? { with: journey.collaborator } : {}),
            at: journey.sharedAt,
            isCourseCollaborator: !!collaborator && collaborator === course.collaborator?.trim().toLowerCase(),
          },
        }
      : {}),
    manualSteps: steps.filter((cell) => cell.view === 'done' && cell.source === 'manual').length,
    dateFlags: dateFlags(data, openedAt),
  };
}

function nameOf(
  file: HandInFile,
  workspace: WorkspaceRef | undefined,
  template: string,
): { name: string; origin: NameOrigin } {
  if (file.data.trainee) return { name: file.data.trainee.name, origin: 'file' };
  const fromWorkspace = workspace && lastNameIn(workspace.name, template);
  if (fromWorkspace) return { name: fromWorkspace, origin: 'workspace' };
  const base = file.label
    .split(/[\\/›]/)
    .pop()!
    .trim();
  return { name: base.replace(/\.json$/i, '') || base, origin: 'file-name' };
}

/** The part of a workspace's URL name that stands for {lastName} in the course's rule. */
export function lastNameIn(workspaceName: string, template: string): string | undefined {
  if (!template.includes('{lastName}')) return undefined;
  const escapeUrlName = (text: string) => urlNameOf(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const [before = '', after = ''] = template.split('{lastName}');
  return new RegExp(`^${escapeUrlName(before)}([0-9a-z]+?)${escapeUrlName(after)}`).exec(urlNameOf(workspaceName))?.[1];
}

/** Steps in catalogue order, for table columns. */
export const STEP_COLUMNS: readonly StepId[] = STEPS.map((step) => step.id);

/** The class page's course: this build's, with IT policy applied; exports carry the build fingerprint. */
export function classCourseFrom(course: Course, fingerprints: ReadonlyArray<string | undefined>): ClassCourse {
  return {
    slug: course.slug,
    name: course.name,
    fingerprints: fingerprints.filter((f): f is string => !!f),
    nameTemplate: course.workspace.nameTemplate,
    ...(course.workspace.collaborator ? { collaborator: course.workspace.collaborator.email } : {}),
    skipped: notRequiredSteps(course),
  };
}
