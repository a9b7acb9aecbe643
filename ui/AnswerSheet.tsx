/** @jsxImportSource @/ui/dom-jsx */
import type { AnswerRow } from '@/guidance/answer-sheet';
import { copyText } from '@/ui/clipboard';
import { t } from '@/domain/i18n/t';

/** Each question with the course's answer and a Copy button: works on any page, even one with no form we understand. */
export function AnswerSheet({ rows, open = false }: { rows: AnswerRow[]; open?: boolean }): Node {
  const status = (<p class="wbc-sheet-status" role="status" aria-live="polite" />) as HTMLElement;
  const copy = async (row: AnswerRow, button: HTMLButtonElement) => {
    const copied = await copyText(row.answer);
    // The fallback copy selects a hidden text box: give the keyboard its place back.
    button.focus();
    for (const other of button.closest('.wbc-sheet')?.querySelectorAll('[data-wbc-copied]') ?? [])
      other.removeAttribute('data-wbc-copied');
    if (copied) button.setAttribute('data-wbc-copied', '');
    button.textContent = copied ? t('rw2_copied') : t('rw2_copy');
    status.textContent = copied ? t('rw2_copied_status', row.question) : t('rw2_copy_failed');
  };
  return (
    <details class="wbc wbc-sheet" open={open}>
      <summary>{t('rw2_sheet_title')}</summary>
      <p>{t('rw2_sheet_intro')}</p>
      <dl>
        {rows.map((row) => (
          <>
            <dt>{row.question}</dt>
            <dd>
              <span class="wbc-answer">{row.answer}</span>{' '}
              <button
                type="button"
                class="wbc-button secondary"
                data-answer={row.id}
                aria-label={t('rw2_copy_label', row.question)}
                onClick={(event) => void copy(row, event.currentTarget as HTMLButtonElement)}
              >
                {t('rw2_copy')}
              </button>
            </dd>
          </>
        ))}
      </dl>
      {status}
    </details>
  );
}
