import { useEffect, useState } from 'preact/hooks';
import { answerSheet } from '@/guidance/answer-sheet';
import { copyText } from '@/ui/clipboard';
import type { Course } from '@/domain/course/schema';
import { t } from '@/domain/i18n/t';

export interface AnswerSheetProps {
  course: Course;
  /** The trainee's last name, if the workspace form asked for it already. */
  lastName: () => Promise<string | undefined>;
}

/** The course's answers with a Copy button each, at any time: for a Workbench page nothing can fill. */
export function AnswerSheet({ course, lastName }: AnswerSheetProps) {
  const [name, setName] = useState<string | undefined>();
  const [copied, setCopied] = useState<{ id: string; ok: boolean } | undefined>();
  // Once: the name is stored by the workspace form, not while the popup is open.
  useEffect(() => void lastName().then(setName), []);
  const rows = answerSheet(course, name);
  const copy = async (id: string, text: string) => setCopied({ id, ok: await copyText(text) });
  const question = rows.find((row) => row.id === copied?.id)?.question ?? '';
  return (
    <details class="answer-sheet" data-testid="answer-sheet">
      <summary>{t('rw2_sheet_title')}</summary>
      <p class="muted">{t('rw2_sheet_intro')}</p>
      <dl>
        {rows.map((row) => (
          <div key={row.id} class="answer">
            <dt>{row.question}</dt>
            <dd>
              <span class="answer-text">{row.answer}</span>
              <button
                type="button"
                class="small secondary"
                data-answer={row.id}
                data-wbc-copied={copied?.ok && copied.id === row.id ? '' : undefined}
                aria-label={t('rw2_copy_label', row.question)}
                onClick={() => void copy(row.id, row.answer)}
              >
                {copied?.ok && copied.id === row.id ? t('rw2_copied') : t('rw2_copy')}
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <p aria-live="polite" class="muted" data-testid="answer-sheet-status">
        {copied && (copied.ok ? t('rw2_copied_status', question) : t('rw2_copy_failed'))}
      </p>
    </details>
  );
}
