// What the Data Access Requirements tips say, decided from the Workbench's own status markers.
import type { TipLink, TipProps } from '@/components/Tip';
import { readAccessModules, type AccessModuleState } from '@/utils/access-modules';
import type { Course } from '@/utils/course/schema';
import { query } from '@/utils/dom';
import { paragraphsOf, t } from '@/utils/i18n/t';
import type { StepId } from '@/utils/progress/steps';
import { workspaceCreateUrl } from '@/utils/workspace-platform';
import * as sel from '@/utils/selectors';

export type AccessModuleFacts = Omit<AccessModuleState, 'row'>;

export interface AccessPageFacts {
  modules: AccessModuleFacts[];
  /** The Workbench's "Thank you for completing all the necessary steps" banner is shown. */
  completed: boolean;
}

export function readAccessPage(root: ParentNode): AccessPageFacts {
  const modules = readAccessModules(root).map(({ row: _row, ...facts }) => facts);
  return { modules, completed: !!query(root, sel.darCompleted) };
}

// The step catalogue is too big for the content script's budget: its minutes and title keys are
// mirrored here, and a unit test keeps both equal to the catalogue.
export const ACCESS_STEP_MINUTES: Partial<Record<StepId, number>> = { 'two-factor': 10, identity: 25, 'rt-training': 60, 'ct-training': 30, ducc: 10 };
export const stepTitleKey = (step: StepId) => `step_${step.replace(/-/g, '_')}`;

/** Minutes of work still open on the page: pending steps the course requires (ineligible ones cannot be done). */
export function minutesLeft(modules: AccessModuleFacts[], notRequired: readonly StepId[] = []): number {
  return modules
    .filter(({ state, step }) => state === 'pending' && !notRequired.includes(step))
    .reduce((sum, { step }) => sum + (ACCESS_STEP_MINUTES[step] ?? 0), 0);
}

export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

const REFRESH = 'reg_dar_refresh';
const PENDING: Partial<Record<StepId, { title: string; body: string[]; links?: (help: Course['help']) => TipLink[] }>> = {
  'two-factor': {
    title: 'reg_dar_2fa_title',
    body: ['reg_dar_2fa_body', REFRESH],
    links: (help) => [{ label: t('reg_dar_2fa_link'), href: help.twoStepVerification }],
  },
  identity: {
    title: 'reg_dar_identity_title',
    body: ['reg_dar_identity_body'],
    links: (help) => [{ label: t('reg_dar_identity_link'), href: help.identityVerification }, { label: t('helpDesk'), href: help.helpDeskForm }],
  },
  'rt-training': {
    title: 'reg_dar_rt_title',
    body: ['reg_dar_rt_body', REFRESH],
    links: (help) => [{ label: t('reg_dar_guide_link'), href: help.dataAccessGuide }],
  },
  'ct-training': {
    title: 'reg_dar_ct_title',
    body: ['reg_dar_ct_body', REFRESH],
    links: (help) => [{ label: t('reg_dar_guide_link'), href: help.dataAccessGuide }],
  },
  ducc: { title: 'reg_dar_ducc_title', body: ['reg_dar_ducc_body'] },
};

const DONE_NOTE: Partial<Record<StepId, string>> = {
  'two-factor': 'reg_dar_done_2fa',
  identity: 'reg_dar_done_nothing',
  'rt-training': 'reg_dar_done_training',
  'ct-training': 'reg_dar_done_nothing',
  ducc: 'reg_dar_done_ducc',
};

/** The course's own word on a step: not required at all, or (Controlled Tier) needed for its workspace. */
function courseNoteFor({ step, state }: AccessModuleFacts, course: Course): string[] {
  if (course.notRequiredSteps.includes(step)) return [t('reg_dar_not_required')];
  if (step !== 'ct-training' || course.workspace.accessTier !== 'controlled') return [];
  return [t(state === 'ineligible' ? 'reg_dar_ct_course_needs_blocked' : 'reg_dar_ct_course_needs')];
}

/** The tip beside one module row; its id changes with the state so hiding a to-do tip never hides the "done" one. */
export function moduleTip(facts: AccessModuleFacts | undefined, course: Course): TipProps | undefined {
  if (!facts) return undefined;
  const { step, state } = facts;
  const id = `dar-${step}-${state}`;
  const title = t(stepTitleKey(step));
  if (state === 'done') return { id, title: t('reg_dar_done_title', title), paragraphs: [t(DONE_NOTE[step] ?? 'reg_dar_done_nothing')] };
  if (state === 'ineligible') {
    return { id, title: t('reg_dar_ineligible_title', title), paragraphs: [...paragraphsOf('reg_dar_ct_ineligible_body'), ...courseNoteFor(facts, course)] };
  }
  const text = PENDING[step];
  if (!text) return undefined;
  return {
    id,
    title: t(text.title),
    paragraphs: [...courseNoteFor(facts, course), ...text.body.flatMap((key) => paragraphsOf(key))],
    links: text.links?.(course.help),
  };
}

/** Time left for the whole page, or "all done" once nothing is pending. */
export function summaryTip(page: AccessPageFacts, course: Course): TipProps {
  const done = page.modules.filter(({ state }) => state === 'done').length;
  const open = page.modules.filter(({ state }) => state !== 'ineligible').length;
  const minutes = minutesLeft(page.modules, course.notRequiredSteps);
  if (page.completed || minutes === 0) return { id: 'dar-summary-done', title: t('reg_dar_summary_done_title'), paragraphs: [t('reg_dar_summary_done')] };
  // NEXT turns into Refresh once the row was clicked; the row stays active.
  const next = page.modules.find(({ isNext }) => isNext) ?? page.modules.find(({ isActive, state }) => isActive && state === 'pending');
  return {
    id: 'dar-summary',
    title: t('reg_dar_summary_title', formatMinutes(minutes)),
    paragraphs: [t('reg_dar_summary_progress', [String(done), String(open)]), ...(next ? [t('reg_dar_summary_next', t(stepTitleKey(next.step)))] : []), t('reg_dar_summary_pause')],
  };
}

/** Shown under the Workbench's completion banner: what comes after data access (RW 2.0 unless the course is a legacy one). */
export function workspacePointerTip(course: Course): TipProps {
  const legacy = course.workspace.platform === 'legacy';
  return {
    id: 'dar-next-workspace',
    title: t(legacy ? 'reg_dar_next_title' : 'rw2_next_title'),
    paragraphs: paragraphsOf(legacy ? 'reg_dar_next_body' : 'rw2_next_body'),
    links: [{ label: t(legacy ? 'reg_dar_next_link' : 'rw2_open'), href: workspaceCreateUrl(course.workspace.platform) }],
  };
}
