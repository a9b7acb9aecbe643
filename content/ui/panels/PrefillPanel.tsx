/** @jsxImportSource @/ui/dom-jsx */
import { answerSheet } from '@/guidance/answer-sheet';
import type { ScriptCourse } from '@/domain/course/script-course';
import { query, textOf } from '@/site/dom';
import type { WaitFor } from '@/content/runner/feature-runner';
import { t } from '@/domain/i18n/t';
import {
  applyPlan,
  createButtonState,
  missingAnswers,
  readFormFacts,
  undoPrefill,
  type CreateState,
  type FieldResult,
  type UndoStatus,
  type UndoStep,
} from '@/prefill/apply';
import { composeWorkspaceName, needsLastName, planPrefill, type FieldId } from '@/prefill/plan';
import { loadLastName, saveLastName } from '@/state/prefill-notes';
import * as sel from '@/site/selectors';
import { AnswerSheet } from '../../../ui/AnswerSheet';
import { CreateStatus, ResultList, UndoList } from './PrefillResults';

interface Outcome {
  results: FieldResult[];
  reviewQuestion: number;
  create: CreateState;
  missing: string[];
  billing: string;
}

/** One button fills the course's educational answers; the trainee reviews and submits. */
/** `storedLastName`: usually read before the form appears; if the read is still under way, the panel is placed at once and takes the name when it arrives. */
export function PrefillPanel({
  course,
  doc,
  storedLastName,
  waitFor,
}: {
  course: ScriptCourse;
  doc: Document;
  storedLastName?: string | Promise<string>;
  waitFor: WaitFor;
}): Node {
  const template = course.workspace.nameTemplate;
  const askName = needsLastName(template);
  const known = typeof storedLastName === 'string' ? storedLastName : undefined;
  let lastName: string | undefined = known || undefined;
  let draft = known ?? '';
  let editing = false;
  let busy = false;
  let outcome: Outcome | undefined;
  let undoLog: UndoStep[] = [];
  let undone: Array<{ field: FieldId; status: UndoStatus }> | undefined;

  const controls = (<div />) as HTMLElement;
  // The live region stays in place while its content changes, so screen readers announce each result.
  const status = (<div role="status" aria-live="polite" />) as HTMLElement;
  const panel = (
    <section class="wbc wbc-panel" aria-label={t('wsPanelTitle')}>
      <h2>{t('wsPanelTitle')}</h2>
      <p>{t('wsPanelIntro')}</p>
      {controls}
      {status}
    </section>
  ) as HTMLElement;
  const typing = () => askName && (editing || !lastName);
  const focusKey = () => {
    const active = (panel.getRootNode() as Document | ShadowRoot).activeElement;
    return active?.getAttribute('data-action') ?? active?.getAttribute('name') ?? undefined;
  };

  /** Redraws from the current state; focus returns to the control with the same action or name. */
  const draw = (focus = focusKey()) => {
    controls.replaceChildren(controlsView());
    status.replaceChildren(statusView());
    if (focus) panel.querySelector<HTMLElement>(`[data-action="${focus}"], [name="${focus}"]`)?.focus();
  };

  // Placing the panel never waits on storage (a late panel would push the form down); a name read late fills in only if nothing was typed.
  if (storedLastName instanceof Promise) {
    void storedLastName.then((name) => {
      if (!name || lastName || draft || editing) return;
      lastName = name;
      draft = name;
      draw();
    });
  }

  const pageState = async () => {
    const create = createButtonState(doc);
    return {
      create,
      missing: create === 'disabled' ? await missingAnswers(doc, waitFor) : [],
      billing: textOf(query(doc, sel.billingLabel)),
    };
  };

  /** Buttons stay disabled while the page is being filled or restored, then everything is redrawn. */
  const work = async (job: () => Promise<void>) => {
    const focus = focusKey();
    busy = true;
    for (const control of panel.querySelectorAll('button')) control.disabled = true;
    try {
      await job();
    } finally {
      busy = false;
      draw(focus);
    }
  };

  const fill = async (overwrite: boolean) => {
    let name = lastName;
    if (typing()) {
      name = draft.trim();
      if (!name) return;
      await saveLastName(name);
      lastName = name;
      editing = false;
    }
    await work(async () => {
      const plan = planPrefill(course, readFormFacts(doc), { lastName: name, overwrite });
      const { results, undo } = await applyPlan(doc, plan, waitFor);
      // A second pass only concerns the answers that were kept the first time.
      const merged =
        overwrite && outcome
          ? outcome.results.map((row) =>
              row.status === 'kept-user' ? (results.find((r) => r.field === row.field) ?? row) : row,
            )
          : results;
      undoLog = [...undoLog, ...undo];
      undone = undefined;
      outcome = { results: merged, reviewQuestion: plan.reviewQuestion, ...(await pageState()) };
    });
  };

  const undoAll = () =>
    work(async () => {
      undone = await undoPrefill(doc, undoLog, waitFor);
      undoLog = [];
      if (outcome) outcome = { ...outcome, ...(await pageState()) };
    });

  const onDraft = (event: Event) => {
    draft = (event.target as HTMLInputElement).value;
    // Only the button follows the typing: redrawing would move the caret.
    const fillButton = panel.querySelector<HTMLButtonElement>('[data-action="fill"]');
    if (fillButton) fillButton.disabled = busy || !draft.trim();
  };

  const rename = () => {
    editing = true;
    draw('wbc-last-name');
  };

  const controlsView = () => {
    const preview = askName ? composeWorkspaceName(template, lastName) : undefined;
    return (
      <>
        {typing() ? (
          <p>
            <label>
              {t('wsLastNameLabel')}{' '}
              <input type="text" name="wbc-last-name" value={draft} maxlength="80" onInput={onDraft} />
            </label>
            <br />
            <small>{t('wsLastNameHint')}</small>
          </p>
        ) : (
          preview && (
            <p>
              {t('wsNamePreview', preview.value)}{' '}
              <button type="button" class="wbc-recall" data-action="rename" onClick={rename}>
                {t('wsChangeLastName')}
              </button>
            </p>
          )
        )}
        <p>
          <button
            type="button"
            class="wbc-button"
            data-action="fill"
            disabled={busy || (typing() && !draft.trim())}
            onClick={() => void fill(false)}
          >
            {t('wsFill')}
          </button>{' '}
          {undoLog.length > 0 && (
            <button
              type="button"
              class="wbc-button secondary"
              data-action="undo"
              disabled={busy}
              onClick={() => void undoAll()}
            >
              {t('wsUndo')}
            </button>
          )}
        </p>
      </>
    );
  };

  const statusView = () => {
    if (!outcome) return '';
    const kept = outcome.results.some((r) => r.status === 'kept-user');
    const lost = outcome.results.some(
      (r) => r.status === 'not-found' || r.status === 'not-sure' || r.status === 'failed',
    );
    return (
      <>
        {undone ? (
          <UndoList rows={undone} reviewQuestion={outcome.reviewQuestion} />
        ) : (
          <ResultList results={outcome.results} reviewQuestion={outcome.reviewQuestion} />
        )}
        {lost && !undone && <p class="wbc-warn">{t('wsLayoutChanged')}</p>}
        {lost && !undone && <AnswerSheet rows={answerSheet(course, lastName)} open />}
        <p class={sel.initialCreditsText.test(outcome.billing) ? undefined : 'wbc-warn'}>
          {t('wsBillingLeft', outcome.billing || '—')}
        </p>
        <CreateStatus state={outcome.create} missing={outcome.missing} />
        {kept && !undone && (
          <p>
            {t('wsKeptNotice')}{' '}
            <button
              type="button"
              class="wbc-button secondary"
              data-action="overwrite"
              disabled={busy}
              onClick={() => void fill(true)}
            >
              {t('wsOverwrite')}
            </button>
          </p>
        )}
      </>
    );
  };

  draw();
  if (storedLastName === undefined)
    void loadLastName().then((stored) => {
      lastName = stored;
      // The trainee may already have started typing.
      draft ||= stored;
      draw();
    });
  return panel;
}
