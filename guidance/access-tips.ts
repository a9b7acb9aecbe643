// What the Data Access Requirements tips say, decided from the Workbench's own status markers.
import { sourceLink, type TipLink, type TipProps } from './tip-content';
import { readAccessModules, type AccessModuleState } from '@/site/access-modules';
import type { ScriptCourse } from '@/domain/course/script-course';
import { query } from '@/site/dom';
import { paragraphsOf, t } from '@/domain/i18n/t';
import type { StepId } from '@/domain/progress/steps';
import { workspaceCreateUrl } from '@/domain/workbench/workspace-platform';
import * as sel from '@/site/selectors';

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
export const ACCESS_STEP_MINUTES: Partial<Record<StepId, number>> = {
  'two-factor': 10,
  identity: 25,
  'rt-training': 60,
  'ct-training': 30,
  ducc: 10,
};
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
type Help = ScriptCourse['help'];
interface StepText {
  title: string;
  body: string[];
  links?: (help: Help) => TipLink[];
  /** The public page the tip's facts come from. */
  source: (help: Help) => string;
}
const PENDING: Partial<Record<StepId, StepText>> = {
  'two-factor': {
    title: 'reg_dar_2fa_title',
    body: ['reg_dar_2fa_body', REFRESH],
    links: (help) => [{ label: t('reg_dar_2fa_link'), href: help.twoStepVerification }],
    source: (help) => help.dataAccessGuide,
  },
  identity: {
    title: 'reg_dar_identity_title',
    body: ['reg_dar_identity_body'],
    links: (help) => [
      { label: t('reg_dar_identity_link'), href: help.identityVerification },
      { label: t('helpDesk'), href: help.helpDeskForm },
    ],
    source: (help) => help.registrationQuestions,
  },
  'rt-training': {
    title: 'reg_dar_rt_title',
    body: ['reg_dar_rt_body', REFRESH],
    links: (help) => [{ label: t('reg_dar_guide_link'), href: help.dataAccessGuide }],
    source: (help) => help.rcrTraining,
  },
  'ct-training': {
    title: 'reg_dar_ct_title',
    body: ['reg_dar_ct_body', REFRESH],
    links: (help) => [{ label: t('reg_dar_guide_link'), href: help.dataAccessGuide }],
    source: (help) => help.rcrTraining,
  },
  ducc: { title: 'reg_dar_ducc_title', body: ['reg_dar_ducc_body'], source: (help) => help.registration },
};

const DONE_NOTE: Partial<Record<StepId, { note: string; source?: (help: Help) => string }>> = {
  'two-factor': { note: 'reg_dar_done_2fa', source: (help) => help.twoStepVerification },
  'rt-training': { note: 'reg_dar_done_training', source: (help) => help.accessRenewal },
  ducc: { note: 'reg_dar_done_ducc', source: (help) => help.accessRenewal },
};

/** The course's own word on a step: not required at all, or (Controlled Tier) needed for its workspace. */
function courseNoteFor({ step, state }: AccessModuleFacts, course: ScriptCourse): string[] {
  if (course.notRequiredSteps.includes(step)) return [t('reg_dar_not_required')];
  if (step !== 'ct-training' || course.workspace.accessTier !== 'controlled') return [];
  return [t(state === 'ineligible' ? 'reg_dar_ct_course_needs_blocked' : 'reg_dar_ct_course_needs')];
}

/** The tip beside one module row; its id changes with the state so hiding a to-do tip never hides the "done" one. */
export function moduleTip(facts: AccessModuleFacts | undefined, course: ScriptCourse): TipProps | undefined {
  if (!facts) return undefined;
  const { step, state } = facts;
  const id = `dar-${step}-${state}`;
  const title = t(stepTitleKey(step));
  const { help } = course;
  if (state === 'done') {
    const done = DONE_NOTE[step];
    return {
      id,
      title: t('reg_dar_done_title', title),
      paragraphs: [t(done?.note ?? 'reg_dar_done_nothing')],
      links: done?.source ? [sourceLink(done.source(help))] : [],
    };
  }
  if (state === 'ineligible') {
    return {
      id,
      title: t('reg_dar_ineligible_title', title),
      paragraphs: [...paragraphsOf('reg_dar_ct_ineligible_body'), ...courseNoteFor(facts, course)],
      links: [sourceLink(help.dataAccessGuide)],
    };
  }
  const text = PENDING[step];
  if (!text) return undefined;
  return {
    id,
    title: t(text.title),
    paragraphs: [...courseNoteFor(facts, course), ...text.body.flatMap((key) => paragraphsOf(key))],
    links: [...(text.links?.(help) ?? []), sourceLink(text.source(help))],
  };
}

/** Identity still to do: the route without a U.S. Social Security number or state ID. */
export function identityAbroadTip(help: Help): TipProps {
  return {
    id: 'dar-identity-abroad',
    title: t('reg_dar_identity_intl_title'),
    paragraphs: paragraphsOf('reg_dar_identity_intl_body'),
    links: [{ label: t('helpDesk'), href: help.helpDeskForm }, sourceLink(help.identityTroubleshooting)],
  };
}

/** Identity verified elsewhere but still grey here: what to try, how long to wait, whom to ask. */
export function identityWaitingTip(help: Help): TipProps {
  return {
    id: 'dar-identity-waiting',
    title: t('reg_dar_identity_wait_title'),
    paragraphs: paragraphsOf('reg_dar_identity_wait_body'),
    links: [
      { label: t('helpDesk'), href: help.helpDeskForm },
      { label: help.helpDeskEmail, href: `mailto:${help.helpDeskEmail}` },
      sourceLink(help.identityTroubleshooting),
    ],
  };
}

/** The yearly renewal page: what the rows ask, and that nothing done so far is lost. */
export function renewalTip(help: Help): TipProps {
  return {
    id: 'dar-renewal',
    title: t('reg_dar_renewal_title'),
    paragraphs: paragraphsOf('reg_dar_renewal_body'),
    links: [sourceLink(help.accessRenewal)],
  };
}

/** Under the completion banner: the initial credits it mentions, and why no billing account is needed. */
export function initialCreditsTip(help: Help): TipProps {
  return {
    id: 'dar-credits',
    title: t('reg_credits_title'),
    paragraphs: paragraphsOf('reg_credits_body'),
    links: [sourceLink(help.initialCredits)],
  };
}

/** Time left for the whole page, or "all done" once nothing is pending. */
export function summaryTip(page: AccessPageFacts, course: ScriptCourse): TipProps {
  const done = page.modules.filter(({ state }) => state === 'done').length;
  const open = page.modules.filter(({ state }) => state !== 'ineligible').length;
  const minutes = minutesLeft(page.modules, course.notRequiredSteps);
  if (page.completed || minutes === 0)
    return { id: 'dar-summary-done', title: t('reg_dar_summary_done_title'), paragraphs: [t('reg_dar_summary_done')] };
  // NEXT turns into Refresh once the row was clicked; the row stays active.
  const next =
    page.modules.find(({ isNext }) => isNext) ??
    page.modules.find(({ isActive, state }) => isActive && state === 'pending');
  return {
    id: 'dar-summary',
    title: t('reg_dar_summary_title', formatMinutes(minutes)),
    paragraphs: [
      t('reg_dar_summary_progress', [String(done), String(open)]),
      ...(next ? [t('reg_dar_summary_next', t(stepTitleKey(next.step)))] : []),
      t('reg_dar_summary_pause'),
    ],
    links: [sourceLink(course.help.dataAccessGuide)],
  };
}

/**
 * Shown under the Workbench's completion banner: what comes after data access (RW 2.0 unless the course is a legacy
 * one).
 */
export function workspacePointerTip(course: ScriptCourse): TipProps {
  const legacy = course.workspace.platform === 'legacy';
  return {
    id: 'dar-next-workspace',
    title: t(legacy ? 'reg_dar_next_title' : 'rw2_next_title'),
    paragraphs: paragraphsOf(legacy ? 'reg_dar_next_body' : 'rw2_next_body'),
    links: [
      { label: t(legacy ? 'reg_dar_next_link' : 'rw2_open'), href: workspaceCreateUrl(course.workspace.platform) },
    ],
  };
}
