// Where the trainee is: every step's view, totals, the next step and the stage, from stored rows alone.
import { LEGACY_CREATE_URL, LEGACY_ORIGIN, type WorkspacePlatform } from '../workbench/workspace-platform';
import type { AccessTier } from '../workbench/access-tier';
import type { StepStatus } from './events';
import { MANUAL_SOURCE } from './status-rows';
import { PARTS, STEPS, type PartDefinition, type StepDefinition, type StepId } from './steps';

export type StepView = 'done' | 'pending' | 'not-needed' | 'ineligible';
/** registration: account or data access unfinished; workspace: creating it; ready: workspace exists. */
export type Stage = 'registration' | 'workspace' | 'ready';

export interface StepProgress {
  step: StepDefinition;
  view: StepView;
  status?: StepStatus;
  /** "Mark done" is offered. */
  canMark: boolean;
  /** The trainee's own tick, which they may take back. */
  canUndo: boolean;
}

export interface PartProgress {
  part: PartDefinition;
  steps: StepProgress[];
  done: number;
  required: number;
}

export interface WorkspaceRef {
  namespace: string;
  name: string;
}

export interface Journey {
  parts: PartProgress[];
  done: number;
  required: number;
  percent: number;
  minutesLeft: number;
  next?: StepProgress;
  stage: Stage;
  workspace?: WorkspaceRef;
  collaborator?: string;
  /** When the workspace-shared step was done (ms). */
  sharedAt?: number;
  /** The tier of the data collection the page showed added (RW 2.0). */
  dataTier?: AccessTier;
}

type Statuses = Partial<Record<StepId, StepStatus>>;

export function stepView(status: StepStatus | undefined, skipped: boolean): StepView {
  if (skipped) return 'not-needed';
  if (status?.state === 'done') return 'done';
  if (status?.state === 'ineligible') return 'ineligible';
  return 'pending';
}

export function describeJourney(statuses: Statuses, skipped: ReadonlySet<StepId>): Journey {
  const all = STEPS.map((step): StepProgress => {
    const status = statuses[step.id];
    const view = stepView(status, skipped.has(step.id));
    const canUndo = view === 'done' && status?.source === MANUAL_SOURCE;
    return { step, view, status, canMark: step.markByHand && view === 'pending', canUndo };
  });
  const required = all.filter((s) => s.view !== 'not-needed');
  const done = required.filter((s) => s.view === 'done').length;
  const open = required.filter((s) => s.view === 'pending');
  const shared = statuses['workspace-shared'];
  const collection = statuses['data-collection-added'];
  return {
    parts: PARTS.map((part) => {
      const steps = all.filter((s) => s.step.part === part.id);
      const needed = steps.filter((s) => s.view !== 'not-needed');
      return { part, steps, done: needed.filter((s) => s.view === 'done').length, required: needed.length };
    }),
    done,
    required: required.length,
    percent: required.length ? Math.round((done / required.length) * 100) : 100,
    minutesLeft: open.reduce((sum, s) => sum + s.step.minutes, 0),
    next: open[0],
    stage: stageOf(all),
    workspace:
      shared?.workspace ??
      collection?.workspace ??
      statuses['research-use-statement']?.workspace ??
      statuses['workspace-created']?.workspace,
    collaborator: shared?.state === 'done' ? shared.collaborator : undefined,
    sharedAt: shared?.state === 'done' ? shared.at : undefined,
    dataTier: collection?.state === 'done' ? collection.tier : undefined,
  };
}

function stageOf(all: StepProgress[]): Stage {
  const unfinished = (s: StepProgress) => s.view === 'pending' || s.view === 'ineligible';
  if (all.some((s) => s.step.part !== 'workspace' && unfinished(s))) return 'registration';
  return all.find((s) => s.step.id === 'workspace-created')?.view === 'done' ? 'ready' : 'workspace';
}

/**
 * Where "next step" goes: the catalogue's page (RW 2.0 for the workspace part), or for a legacy course the old form and
 * the trainee's own workspace once it is known.
 */
export function nextStepUrl(
  next: StepProgress,
  workspace: WorkspaceRef | undefined,
  platform: WorkspacePlatform = 'rw2',
): string {
  if (platform !== 'legacy' || next.step.part !== 'workspace') return next.step.url;
  if (next.step.id !== 'workspace-shared') return LEGACY_CREATE_URL;
  if (!workspace) return `${LEGACY_ORIGIN}/workspaces`;
  return `${LEGACY_ORIGIN}/workspaces/${encodeURIComponent(workspace.namespace)}/${encodeURIComponent(workspace.name)}/about`;
}

/** Part 3 and its hints name Researcher Workbench 2.0, where workspaces are made, unless the course is a legacy one. */
export function partTitleKey(part: PartDefinition, platform: WorkspacePlatform = 'rw2'): string {
  return part.id === 'workspace' && platform !== 'legacy' ? 'rw2_part_workspace' : part.titleKey;
}

export function stepHintKey(step: StepDefinition, platform: WorkspacePlatform = 'rw2'): string {
  return step.part === 'workspace' && platform !== 'legacy' ? 'rw2_mark_yourself' : step.hintKey;
}
