/** @jsxImportSource @/ui/dom-jsx */
// Beside the Research Use Statement questions on any Researcher Workbench 2.0 page: one Fill, the report, Undo, and
// the answer sheet for whatever could not be filled.
import { answerSheet } from '@/guidance/answer-sheet';
import type { ScriptCourse } from '@/domain/course/script-course';
import type { WaitFor } from '@/content/runner/feature-runner';
import { t } from '@/domain/i18n/t';
import {
  applyPlan,
  createButtonState,
  readFormFacts,
  undoPrefill,
  type CreateState,
  type FieldResult,
  type UndoStatus,
  type UndoStep,
} from '@/prefill/apply';
import { planPrefill, type FieldId } from '@/prefill/plan';
import { findResearchPurposeQuestions, RESEARCH_PURPOSE_FIELDS } from '@/prefill/questions';
import * as sel from '@/site/selectors';
import { AnswerSheet } from '../../../ui/AnswerSheet';
import { CreateStatus, ResultList, UndoList } from './PrefillResults';

/** Where to fill: the dialog (or page part) that shows the questions now; each page of a dialog is a new one. */
export function purposeRoot(doc: Document): ParentNode | undefined {
  const shown = findResearchPurposeQuestions(doc);
  return shown ? (shown.container.closest(sel.anyDialog) ?? shown.container) : undefined;
}

interface Outcome {
  results: FieldResult[];
  reviewQuestion: number;
  create: CreateState;
}

export function Rw2PurposePanel({
  course,
  doc,
  waitFor,
}: {
  course: ScriptCourse;
  doc: Document;
  waitFor: WaitFor;
}): Node {
  let outcome: Outcome | undefined;
  let undoLog: UndoStep[] = [];
  let undone: Array<{ field: FieldId; status: UndoStatus }> | undefined;
  let busy = false;
  const controls = (<p />) as HTMLElement;
  const status = (<div role="status" aria-live="polite" />) as HTMLElement;
  const sheet = (<div />) as HTMLElement;
  const panel = (
    <section class="wbc wbc-panel" aria-label={t('rw2_panel_title')}>
      <h2>{t('rw2_panel_title')}</h2>
      <p>{t('rw2_panel_intro')}</p>
      {controls}
      {status}
      {sheet}
    </section>
  ) as HTMLElement;

  const draw = (focus?: string) => {
    const lost = Boolean(
      outcome &&
        !undone &&
        outcome.results.some((r) => r.status !== 'filled' && r.status !== 'same' && r.status !== 'kept-user'),
    );
    controls.replaceChildren(
      <button type="button" class="wbc-button" data-action="fill" disabled={busy} onClick={() => void fill()}>
        {t('rw2_fill')}
      </button>,
      ' ',
      undoLog.length > 0 ? (
        <button
          type="button"
          class="wbc-button secondary"
          data-action="undo"
          disabled={busy}
          onClick={() => void undoAll()}
        >
          {t('wsUndo')}
        </button>
      ) : (
        ''
      ),
    );
    status.replaceChildren(
      outcome ? (
        <>
          {undone ? (
            <UndoList rows={undone} reviewQuestion={outcome.reviewQuestion} />
          ) : (
            <ResultList results={outcome.results} reviewQuestion={outcome.reviewQuestion} />
          )}
          {lost && <p class="wbc-warn">{t('rw2_fill_missing')}</p>}
          <CreateStatus state={outcome.create} missing={[]} />
        </>
      ) : (
        ''
      ),
    );
    // Open when something could not be filled; otherwise there, folded, for copying by hand.
    sheet.replaceChildren(<AnswerSheet rows={answerSheet(course)} open={lost} />);
    if (focus) panel.querySelector<HTMLElement>(`[data-action="${focus}"]`)?.focus();
  };

  const work = async (focus: string, job: (root: ParentNode) => Promise<void>) => {
    busy = true;
    draw();
    try {
      await job(purposeRoot(doc) ?? doc);
    } finally {
      busy = false;
      draw(focus);
    }
  };

  const fill = () =>
    work('fill', async (root) => {
      const plan = planPrefill(course, readFormFacts(root, RESEARCH_PURPOSE_FIELDS), {
        fields: RESEARCH_PURPOSE_FIELDS,
      });
      const { results, undo } = await applyPlan(root, plan, waitFor);
      undoLog = [...undoLog, ...undo];
      undone = undefined;
      outcome = { results, reviewQuestion: plan.reviewQuestion, create: createButtonState(doc) };
    });

  const undoAll = () =>
    work('fill', async (root) => {
      undone = await undoPrefill(root, undoLog, waitFor);
      undoLog = [];
      if (outcome) outcome = { ...outcome, create: createButtonState(doc) };
    });

  draw();
  return panel;
}
