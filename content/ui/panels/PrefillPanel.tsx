/** @jsxImportSource @/ui/dom-jsx */
import type { ScriptCourse } from '@/domain/course/script-course';
import { query, textOf } from '@/site/dom';
import type { WaitFor } from '@/content/runner/feature-runner';
import { t } from '@/domain/i18n/t';
import { createButtonState, missingAnswers, type CreateState } from '@/prefill/apply';
import { composeWorkspaceName, needsLastName } from '@/prefill/plan';
import { loadLastName, saveLastName } from '@/state/prefill-notes';
import * as sel from '@/site/selectors';
import { AnswerSheet } from '../../../ui/AnswerSheet';
import { createFillSession } from './fill-session';
import { CreateStatus, SessionReport, UndoButton } from './PrefillResults';

/** What the page says after a fill or undo: its own Create button, what it lists as missing, the billing account. */
interface PageState {
  create: CreateState;
  missing: string[];
  billing: string;
}

/** One button fills the course's educational answers; the trainee reviews and submits. */
/**
 * `storedLastName`: usually read before the form appears; if the read is still under way, the panel is placed at once
 * and takes the name when it arrives.
 */
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
  const session = createFillSession(course, waitFor);
  let pageNow: PageState | undefined;

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

  // Placing the panel never waits on storage (a late panel would push the form down); a name read late fills in only if
  // nothing was typed.
  if (storedLastName instanceof Promise) {
    void storedLastName.then((name) => {
      if (!name || lastName || draft || editing) return;
      lastName = name;
      draft = name;
      draw();
    });
  }

  const pageState = async (): Promise<PageState> => {
    const create = createButtonState(doc);
    return {
      create,
      missing: create === 'disabled' ? await missingAnswers(doc, waitFor) : [],
      billing: textOf(query(doc, sel.billingLabel)),
    };
  };

  /** Buttons stay disabled while the page is being filled or restored, then everything is redrawn. */
  const work = async (job: () => Promise<unknown>) => {
    const focus = focusKey();
    for (const control of panel.querySelectorAll('button')) control.disabled = true;
    await session.run(async () => {
      await job();
      pageNow = await pageState();
    });
    draw(focus);
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
    await work(() => session.fill(doc, { lastName: name, overwrite }));
  };

  const undoAll = () => work(() => session.undo(doc));

  const onDraft = (event: Event) => {
    draft = (event.target as HTMLInputElement).value;
    // Only the button follows the typing: redrawing would move the caret.
    const fillButton = panel.querySelector<HTMLButtonElement>('[data-action="fill"]');
    if (fillButton) fillButton.disabled = session.busy || !draft.trim();
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
            disabled={session.busy || (typing() && !draft.trim())}
            onClick={() => void fill(false)}
          >
            {t('wsFill')}
          </button>{' '}
          <UndoButton session={session} onUndo={() => void undoAll()} />
        </p>
      </>
    );
  };

  const statusView = () => {
    if (!session.report || !pageNow) return '';
    const kept = !session.undone && session.report.results.some((r) => r.status === 'kept-user');
    const lost = session.left.length > 0;
    return (
      <>
        <SessionReport session={session} lostText={t('wsLayoutChanged')} />
        {lost && <AnswerSheet rows={session.sheet(lastName)} open />}
        <p class={sel.initialCreditsText.test(pageNow.billing) ? undefined : 'wbc-warn'}>
          {t('wsBillingLeft', pageNow.billing || '—')}
        </p>
        <CreateStatus state={pageNow.create} missing={pageNow.missing} />
        {kept && (
          <p>
            {t('wsKeptNotice')}{' '}
            <button
              type="button"
              class="wbc-button secondary"
              data-action="overwrite"
              disabled={session.busy}
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
