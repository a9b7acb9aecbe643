/** @jsxImportSource @/ui/dom-jsx */
// Beside the Research Use Statement question(s) of any Researcher Workbench 2.0 page (one question per page of its
// form, or several): what Fill will write, one Fill, the result per field and what is left on this page, Undo, the
// answer sheet; with the trainee's consent, each following page of the same form is filled as it opens.
import type { ScriptCourse } from '@/domain/course/script-course';
import type { WaitFor } from '@/content/runner/feature-runner';
import { t } from '@/domain/i18n/t';
import { dropdownDriver } from '@/prefill/combobox';
import type { FieldId } from '@/prefill/plan';
import { findResearchPurposeQuestions, type ShownQuestions } from '@/prefill/questions';
import * as sel from '@/site/selectors';
import { AnswerSheet } from '../../../ui/AnswerSheet';
import { createFillSession } from './fill-session';
import { fieldLabel, SessionReport, UndoButton } from './PrefillResults';

/** The answer sheet's row for each field (the sheet words each answer as a trainee would pick or paste it). */
const SHEET_ROW: Record<string, string> = {
  educational: 'purpose',
  disseminationOther: 'dissemination',
  disseminationOtherText: 'disseminationOther',
  outcomeNone: 'outcomes',
};
const PREVIEW_CHARS = 90;

/** Where to fill: the dialog (or page part) that asks the questions now; each page of a form is a new one. */
const rootOf = (shown: ShownQuestions): ParentNode => shown.container.closest(sel.anyDialog) ?? shown.container;

const anchors = new WeakMap<Element, number>();
let nextAnchor = 0;
/** Which page this is: its fields and its field group (React renders each page of a form anew). */
function pageKey(shown: ShownQuestions | undefined): string {
  if (!shown) return '';
  if (!anchors.has(shown.anchor)) anchors.set(shown.anchor, ++nextAnchor);
  return `${shown.fields.join()}#${anchors.get(shown.anchor)}`;
}

export function Rw2PurposePanel({
  course,
  doc,
  waitFor,
  watch,
}: {
  course: ScriptCourse;
  doc: Document;
  waitFor: WaitFor;
  /** Called on every change of the page while the run lasts (the runner's `run.watch`). */
  watch: (onChange: () => void) => void;
}): Node {
  const session = createFillSession(course, waitFor, { dropdowns: dropdownDriver });
  let shown = findResearchPurposeQuestions(doc);
  let key = pageKey(shown);
  // The consent holds for this form only: the dialog it was given in (null: a form outside any dialog).
  let consentIn: Element | null | undefined;
  const dialogOf = (page: ShownQuestions | undefined) => page?.container.closest(sel.anyDialog) ?? null;
  const fields = (): FieldId[] => shown?.fields ?? [];

  const preview = (<div />) as HTMLElement;
  const controls = (<p />) as HTMLElement;
  const status = (<div role="status" aria-live="polite" />) as HTMLElement;
  const sheet = (<div />) as HTMLElement;
  const panel = (
    <section class="wbc wbc-panel" aria-label={t('rw2_panel_title')}>
      <h2>{t('rw2_panel_title')}</h2>
      <p>{t('rw2_panel_intro')}</p>
      {preview}
      {controls}
      {status}
      {sheet}
    </section>
  ) as HTMLElement;

  const previewView = () => {
    if (!shown) return '';
    const rows = new Map(session.sheet().map((row) => [row.id, row.answer]));
    const plan = session.preview(rootOf(shown), { fields: fields() });
    return (
      <dl class="wbc-preview" aria-label={t('rw2_will_write')}>
        {plan.actions.map((action) => {
          const answer = rows.get(SHEET_ROW[action.field] ?? action.field) ?? '';
          return (
            <>
              <dt>{fieldLabel(action.field, plan.reviewQuestion)}</dt>
              <dd data-field={action.field}>
                {answer.length > PREVIEW_CHARS ? `${answer.slice(0, PREVIEW_CHARS)}…` : answer}
              </dd>
            </>
          );
        })}
      </dl>
    );
  };

  const draw = (focus?: string) => {
    preview.replaceChildren(<p>{t('rw2_will_write')}</p>, previewView());
    controls.replaceChildren(
      <button type="button" class="wbc-button" data-action="fill" disabled={session.busy} onClick={() => void fill()}>
        {t('rw2_fill')}
      </button>,
      ' ',
      <UndoButton session={session} onUndo={() => void undoAll()} />,
      <br />,
      // A switch, not a checkbox: the panel holds no field, so its shadow root stays open (mount-ui's typed-value
      // rule).
      <button
        type="button"
        role="switch"
        class="wbc-recall"
        data-action="auto-fill"
        aria-checked={String(consentIn !== undefined)}
        disabled={session.busy}
        onClick={() => consent(consentIn === undefined)}
      >
        {consentIn !== undefined ? '☑' : '☐'} {t('rw2_auto_fill')}
      </button>,
    );
    const left = session.left.map((field) => fieldLabel(field, session.report?.reviewQuestion ?? 7));
    status.replaceChildren(
      <SessionReport session={session} lostText={t('rw2_page_left', left.join('; '))} />,
      session.report && !session.undone && !left.length ? (
        <p class="wbc-ok" data-page-left="none">
          {t('rw2_page_done')}
        </p>
      ) : (
        ''
      ),
    );
    // Open when something could not be filled; otherwise there, folded, for copying by hand.
    sheet.replaceChildren(<AnswerSheet rows={session.sheet()} open={left.length > 0} />);
    if (focus) panel.querySelector<HTMLElement>(`[data-action="${focus}"]`)?.focus();
  };

  // The page the last fill ran on: a page that opened meanwhile is filled once that fill is done.
  let filledKey = '';
  const work = async (job: (root: ParentNode) => Promise<unknown>, focus?: string) => {
    const page = shown;
    if (!page) return;
    for (const control of panel.querySelectorAll('button')) control.disabled = true;
    const ran = await session.run(() => job(rootOf(page)));
    draw(focus);
    if (ran && consentIn !== undefined && shown && filledKey !== key) void fill('');
  };
  const fill = (focus = 'fill') =>
    work((root) => {
      filledKey = key;
      return session.fill(root, { fields: fields() });
    }, focus);
  const undoAll = () => work((root) => session.undo(root), 'fill');

  const consent = (on: boolean) => {
    consentIn = on ? dialogOf(shown) : undefined;
    if (on && !session.report) void fill('auto-fill');
    else draw('auto-fill');
  };

  // A new page of the form: a fresh preview and report; filled at once when the trainee consented in this form.
  watch(() => {
    const now = findResearchPurposeQuestions(doc);
    const nowKey = pageKey(now);
    if (nowKey === key) return;
    shown = now;
    key = nowKey;
    if (!now) return;
    // Another form (a new dialog): the consent was for the one before. A page hidden for a moment keeps it.
    if (consentIn !== undefined && consentIn !== dialogOf(now)) consentIn = undefined;
    session.clear();
    draw();
    if (consentIn !== undefined) void fill('');
  });

  draw();
  return panel;
}
