import { useEffect, useState } from 'preact/hooks';
import type { Course } from '@/utils/course/schema';
import { textOf } from '@/utils/dom';
import { t } from '@/utils/i18n/t';
import { applyPlan, createButtonState, missingAnswers, readFormFacts, undoPrefill, type CreateState, type FieldResult, type UndoStatus, type UndoStep } from '@/utils/prefill/apply';
import { composeWorkspaceName, needsLastName, planPrefill, type FieldId } from '@/utils/prefill/plan';
import { loadLastName, saveLastName } from '@/utils/prefill/storage';
import { query } from '@/utils/selectors';
import { CreateStatus, ResultList, UndoList } from './PrefillResults';

interface Outcome {
  results: FieldResult[];
  reviewQuestion: number;
  create: CreateState;
  missing: string[];
  billing: string;
}

/** One button fills the course's educational answers; the trainee reviews and submits. */
export function PrefillPanel({ course, doc }: { course: Course; doc: Document }) {
  const template = course.workspace.nameTemplate;
  const askName = needsLastName(template);
  const [lastName, setLastName] = useState<string>();
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [undoLog, setUndoLog] = useState<UndoStep[]>([]);
  const [undone, setUndone] = useState<Array<{ field: FieldId; status: UndoStatus }>>();

  useEffect(() => {
    void loadLastName().then((stored) => {
      setLastName(stored);
      // The trainee may already have started typing.
      setDraft((typed) => typed || stored);
    });
  }, []);

  const typing = askName && (editing || !lastName);
  const pageState = async () => {
    const create = createButtonState(doc);
    return { create, missing: create === 'disabled' ? await missingAnswers(doc) : [], billing: textOf(query(doc, 'billingLabel')) };
  };

  const fill = async (overwrite: boolean) => {
    let name = lastName;
    if (typing) {
      name = draft.trim();
      if (!name) return;
      await saveLastName(name);
      setLastName(name);
      setEditing(false);
    }
    setBusy(true);
    try {
      const plan = planPrefill(course, readFormFacts(doc), { lastName: name, overwrite });
      const { results, undo } = await applyPlan(doc, plan);
      // A second pass only concerns the answers that were kept the first time.
      const merged = overwrite && outcome ? outcome.results.map((row) => (row.status === 'kept-user' ? (results.find((r) => r.field === row.field) ?? row) : row)) : results;
      setUndoLog((log) => [...log, ...undo]);
      setUndone(undefined);
      setOutcome({ results: merged, reviewQuestion: plan.reviewQuestion, ...(await pageState()) });
    } finally {
      setBusy(false);
    }
  };

  const undoAll = async () => {
    setBusy(true);
    try {
      setUndone(await undoPrefill(doc, undoLog));
      setUndoLog([]);
      if (outcome) setOutcome({ ...outcome, ...(await pageState()) });
    } finally {
      setBusy(false);
    }
  };

  const preview = askName ? composeWorkspaceName(template, lastName) : undefined;
  const kept = outcome?.results.some((r) => r.status === 'kept-user');
  const lost = outcome?.results.some((r) => r.status === 'not-found' || r.status === 'failed');
  return (
    <section class="wbc wbc-panel" aria-label={t('wsPanelTitle')}>
      <h2>{t('wsPanelTitle')}</h2>
      <p>{t('wsPanelIntro')}</p>
      {typing ? (
        <p>
          <label>
            {t('wsLastNameLabel')}{' '}
            <input type="text" name="wbc-last-name" value={draft} maxLength={80} onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
          </label>
          <br />
          <small>{t('wsLastNameHint')}</small>
        </p>
      ) : (
        preview && (
          <p>
            {t('wsNamePreview', preview.value)}{' '}
            <button type="button" class="wbc-recall" onClick={() => setEditing(true)}>
              {t('wsChangeLastName')}
            </button>
          </p>
        )
      )}
      <p>
        <button type="button" class="wbc-button" data-action="fill" disabled={busy || (typing && !draft.trim())} onClick={() => void fill(false)}>
          {t('wsFill')}
        </button>{' '}
        {undoLog.length > 0 && (
          <button type="button" class="wbc-button secondary" data-action="undo" disabled={busy} onClick={() => void undoAll()}>
            {t('wsUndo')}
          </button>
        )}
      </p>
      <div role="status" aria-live="polite">
        {outcome && (
          <>
            {undone ? <UndoList rows={undone} reviewQuestion={outcome.reviewQuestion} /> : <ResultList results={outcome.results} reviewQuestion={outcome.reviewQuestion} />}
            {lost && !undone && <p class="wbc-warn">{t('wsLayoutChanged')}</p>}
            <p class={/initial credits/i.test(outcome.billing) ? undefined : 'wbc-warn'}>{t('wsBillingLeft', outcome.billing || '—')}</p>
            <CreateStatus state={outcome.create} missing={outcome.missing} />
            {kept && !undone && (
              <p>
                {t('wsKeptNotice')}{' '}
                <button type="button" class="wbc-button secondary" data-action="overwrite" disabled={busy} onClick={() => void fill(true)}>
                  {t('wsOverwrite')}
                </button>
              </p>
            )}
          </>
        )}
      </div>
    </section>
  );
}
