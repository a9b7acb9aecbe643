import { t } from '@/domain/i18n/t';

interface ClassActionsProps {
  onCsv: () => void;
  onKeep: () => void;
  onForget: () => void;
  onStartOver: () => void;
  /** When the class was kept in this browser, if it is. */
  keptAt?: string;
}

export function ClassActions({ onCsv, onKeep, onForget, onStartOver, keptAt }: ClassActionsProps) {
  return (
    <section aria-labelledby="actions-heading" class="actions no-print">
      <h2 id="actions-heading" class="visually-hidden">
        {t('class_actions_heading')}
      </h2>
      <div class="row">
        <button type="button" class="button" data-testid="class-csv" onClick={onCsv}>
          {t('class_export_csv')}
        </button>
        <button type="button" data-testid="class-print" onClick={() => window.print()}>
          {t('class_print')}
        </button>
        {keptAt === undefined ? (
          <button type="button" data-testid="class-keep" onClick={onKeep}>
            {t('class_keep')}
          </button>
        ) : (
          <button type="button" data-testid="class-forget" onClick={onForget}>
            {t('class_forget')}
          </button>
        )}
        <button type="button" data-testid="class-start-over" onClick={onStartOver}>
          {t('class_start_over')}
        </button>
      </div>
      {keptAt !== undefined && <p class="muted">{t('class_kept', keptAt)}</p>}
    </section>
  );
}
