import { summariseClass } from '@/domain/class/summarise';
import type { TraineeRow } from '@/domain/class/trainee';
import { t } from '@/domain/i18n/t';
import { PARTS, stepById, type StepId } from '@/domain/progress/steps';

/** The counts to explain in class; also the printed one-page summary. */
export function ClassSummary({
  rows,
  onShowStep,
}: {
  rows: readonly TraineeRow[];
  onShowStep: (step: StepId) => void;
}) {
  const summary = summariseClass(rows);
  const of = (n: number) => `${n} / ${summary.trainees}`;
  return (
    <section aria-labelledby="summary-heading" class="summary" data-testid="class-summary">
      <h2 id="summary-heading">{t('class_summary_heading')}</h2>
      <dl class="counts">
        <div>
          <dt>{t('class_summary_trainees')}</dt>
          <dd data-testid="summary-trainees">{summary.trainees}</dd>
        </div>
        <div>
          <dt>{t('class_summary_finished_all')}</dt>
          <dd data-testid="summary-finished">{of(summary.finishedAll)}</dd>
        </div>
        {summary.parts.map(({ part, finished }) => (
          <div key={part}>
            <dt>{t('class_summary_part_finished', t(PARTS.find((p) => p.id === part)!.titleKey))}</dt>
            <dd data-part={part}>{of(finished)}</dd>
          </div>
        ))}
        <div>
          <dt>{t('class_summary_manual')}</dt>
          <dd>{of(summary.withManualSteps)}</dd>
        </div>
        <div>
          <dt>{t('class_summary_other_builds')}</dt>
          <dd data-testid="summary-other-builds">{of(summary.fromOtherBuilds)}</dd>
        </div>
      </dl>
      <h3 id="stuck-heading">{t('class_stuck_heading')}</h3>
      <p class="muted">{t('class_stuck_explain')}</p>
      {summary.stuck.length === 0 ? (
        <p>{t('class_stuck_none')}</p>
      ) : (
        <table class="stuck" aria-labelledby="stuck-heading" data-testid="stuck">
          <thead>
            <tr>
              <th scope="col">{t('class_stuck_step')}</th>
              <th scope="col">{t('class_stuck_count')}</th>
              <th scope="col" class="no-print">
                <span class="visually-hidden">{t('class_stuck_show')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.stuck.map(({ step, count }) => {
              const title = t(stepById(step).titleKey);
              return (
                <tr key={step} data-stuck={step}>
                  <th scope="row">{title}</th>
                  <td data-count>{count}</td>
                  <td class="no-print">
                    <button
                      type="button"
                      class="small"
                      aria-label={t('class_stuck_show_label', [String(count), title])}
                      onClick={() => onShowStep(step)}
                    >
                      {t('class_stuck_show')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
