/** @jsxImportSource @/ui/dom-jsx */
import { t } from '@/domain/i18n/t';
import type { CreateState, FieldResult, UndoStatus } from '@/prefill/apply';
import type { FieldId } from '@/prefill/plan';
import type { FillSession } from './fill-session';

export function fieldLabel(field: FieldId, reviewQuestion: number): string {
  return t(`wsField_${field}`, String(reviewQuestion));
}

const STATUS_KEYS: Record<FieldResult['status'], string> = {
  filled: 'wsStatusFilled',
  same: 'wsStatusSame',
  'kept-user': 'wsStatusKept',
  'needs-last-name': 'wsStatusNeedsLastName',
  failed: 'wsStatusFailed',
  'not-found': 'notFoundDoByHand',
  'not-sure': 'wsStatusNotSure',
};

function statusText(result: FieldResult, label: string): string {
  return t(result.shortened && result.status === 'filled' ? 'wsStatusShortened' : STATUS_KEYS[result.status], label);
}

const UNDO_KEYS: Record<UndoStatus, string> = {
  restored: 'wsUndoRestored',
  'kept-user': 'wsUndoKept',
  'cannot-clear': 'wsUndoCannotClear',
  'not-found': 'notFoundDoByHand',
  'not-sure': 'wsStatusNotSure',
  failed: 'wsStatusFailed',
};

export function ResultList({ results, reviewQuestion }: { results: FieldResult[]; reviewQuestion: number }): Node {
  return (
    <ul class="wbc-results">
      {results.map((result) => {
        const label = fieldLabel(result.field, reviewQuestion);
        const warn =
          result.status === 'not-found' ||
          result.status === 'not-sure' ||
          result.status === 'failed' ||
          result.status === 'needs-last-name';
        return (
          <li data-field={result.field} data-status={result.status} class={warn ? 'wbc-warn' : undefined}>
            {label}: {statusText(result, label)}
          </li>
        );
      })}
    </ul>
  );
}

export function UndoList({
  rows,
  reviewQuestion,
}: {
  rows: Array<{ field: FieldId; status: UndoStatus }>;
  reviewQuestion: number;
}): Node {
  return (
    <ul class="wbc-results">
      {rows.map(({ field, status }) => {
        const label = fieldLabel(field, reviewQuestion);
        return (
          <li data-field={field} data-undo={status}>
            {label}: {t(UNDO_KEYS[status], label)}
          </li>
        );
      })}
    </ul>
  );
}

export function CreateStatus({ state, missing }: { state: CreateState; missing: string[] }): Node {
  if (state === 'enabled')
    return (
      <p class="wbc-ok" data-create="enabled">
        {t('wsCreateEnabled')}
      </p>
    );
  if (state === 'not-found')
    return (
      <p class="wbc-warn" data-create="not-found">
        {t('notFoundDoByHand', t('wsCreateButton'))}
      </p>
    );
  return (
    <div data-create="disabled">
      <p class="wbc-warn">{t(missing.length ? 'wsCreateDisabled' : 'wsCreateDisabledNoList')}</p>
      {missing.length > 0 && (
        <ul>
          {missing.map((item) => (
            <li>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A session's last report (or what Undo restored), and a warning when something is left to do by hand. */
export function SessionReport({ session, lostText }: { session: FillSession; lostText: string }): Node {
  const { report, undone } = session;
  if (!report) return <></>;
  return (
    <>
      {undone ? (
        <UndoList rows={undone} reviewQuestion={report.reviewQuestion} />
      ) : (
        <ResultList results={report.results} reviewQuestion={report.reviewQuestion} />
      )}
      {session.left.length > 0 && <p class="wbc-warn">{lostText}</p>}
    </>
  );
}

/** Undo, while the session has something to restore. */
export function UndoButton({ session, onUndo }: { session: FillSession; onUndo: () => void }): Node {
  if (!session.canUndo) return <></>;
  return (
    <button type="button" class="wbc-button secondary" data-action="undo" disabled={session.busy} onClick={onUndo}>
      {t('wsUndo')}
    </button>
  );
}
