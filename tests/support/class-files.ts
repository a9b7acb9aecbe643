// Generated hand-in files for the class view's tests and benchmark: trainee i has done the first (i mod 12)
// of the default course's 11 required steps, so the expected "next step" counts follow from i alone.
import type { ProgressEvent } from '@/domain/progress/events';
import type { ProgressExport } from '@/domain/progress/export-format';
import type { StepId } from '@/domain/progress/steps';

/** The default course's required steps in order (Controlled Tier training and sharing are not needed there). */
export const DEFAULT_REQUIRED: readonly StepId[] = [
  'account-institution',
  'account-details',
  'account-confirmed',
  'first-sign-in',
  'two-factor',
  'identity',
  'rt-training',
  'ducc',
  'workspace-created',
  'research-use-statement',
  'data-collection-added',
];

/** Trainee i has done (i mod STEP_CYCLE) steps: from none to all. */
export const STEP_CYCLE = DEFAULT_REQUIRED.length + 1;

const LAST_NAMES = [
  'García',
  'Núñez',
  'Okafor',
  'Nguyen',
  'Smith',
  'Zoë',
  "O'Brien",
  'Kowalski',
  'Chen',
  'Müller',
  'Haddad',
];
const DAY = 86_400_000;
const START = Date.UTC(2026, 10, 2, 15);

export interface TraineeSpec {
  name?: string;
  /** How many of DEFAULT_REQUIRED are done. */
  done: number;
  course?: ProgressExport['course'];
  exportedAt?: number;
  namespace?: string;
  workspaceName?: string;
  /** Steps recorded as the trainee's own tick rather than seen on a page. */
  manual?: readonly StepId[];
}

export function handInFile(spec: TraineeSpec): ProgressExport {
  const events: ProgressEvent[] = [];
  const workspace = {
    namespace: spec.namespace ?? 'aou-rw-0',
    name: spec.workspaceName ?? `${(spec.name ?? 'x').toLowerCase().replace(/[^a-z]/g, '')}training`,
  };
  DEFAULT_REQUIRED.slice(0, spec.done).forEach((step, i) => {
    const onWorkspace =
      step === 'workspace-created' || step === 'research-use-statement' || step === 'data-collection-added';
    events.push({
      id: i + 1,
      step,
      state: 'done',
      source: spec.manual?.includes(step)
        ? 'manual'
        : onWorkspace
          ? `/workspaces/${workspace.namespace}/${workspace.name}/data`
          : '/data-access-requirements',
      at: START + i * DAY,
      ...(onWorkspace ? { workspace } : {}),
      ...(step === 'data-collection-added' ? { tier: 'registered' as const } : {}),
    });
  });
  return {
    format: 'workbench-companion-progress',
    version: 1,
    exportedAt: spec.exportedAt ?? START + 20 * DAY,
    ...(spec.course === undefined ? {} : { course: spec.course }),
    ...(spec.name ? { trainee: { name: spec.name } } : {}),
    events,
  };
}

/**
 * n trainees of one course: unique names, trainee i at step (i mod 12), every third one ticked "first sign-in" by hand.
 */
export function generatedClass(
  n: number,
  course: NonNullable<ProgressExport['course']>,
): Array<{ name: string; data: ProgressExport }> {
  return Array.from({ length: n }, (_, i) => {
    const name = `${LAST_NAMES[i % LAST_NAMES.length]} ${String(i).padStart(3, '0')}`;
    const data = handInFile({
      name,
      done: i % STEP_CYCLE,
      course,
      namespace: `aou-rw-${1000 + i}`,
      manual: i % 3 === 0 ? ['first-sign-in'] : [],
    });
    return { name: `trainee-${String(i).padStart(3, '0')}.json`, data };
  });
}

/** What the stuck-step table must say for generatedClass(n): step → trainees whose next step it is. */
export function expectedStuck(n: number): Map<StepId, number> {
  const counts = new Map<StepId, number>();
  for (let i = 0; i < n; i++) {
    const step = DEFAULT_REQUIRED[i % STEP_CYCLE];
    if (step) counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  return counts;
}
