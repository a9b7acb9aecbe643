import { t } from '@/domain/i18n/t';
import { nextStepUrl, type Journey } from '@/domain/progress/journey';
import type { WorkspacePlatform } from '@/domain/workbench/workspace-platform';
import { formatTimeLeft } from '../format';

export interface OverallProgressProps {
  journey: Journey;
  platform: WorkspacePlatform;
  openUrl: (url: string) => void;
}

/** The bar, the time left and the one button that takes the trainee onward. */
export function OverallProgress({ journey, platform, openUrl }: OverallProgressProps) {
  const { next } = journey;
  return (
    <section aria-labelledby="overall-heading" class="overall">
      <h2 id="overall-heading" class="visually-hidden">
        {t('popup_overall_heading')}
      </h2>
      <p id="overall-label" class="overall-label">
        {t('popup_steps_done', [String(journey.done), String(journey.required)])}
        {journey.minutesLeft > 0 && <span data-testid="time-left"> · {formatTimeLeft(journey.minutesLeft)}</span>}
      </p>
      <progress aria-labelledby="overall-label" max={100} value={journey.percent} data-testid="overall-progress">
        {journey.percent}%
      </progress>
      {next ? (
        <button
          type="button"
          class="primary"
          data-testid="next-step"
          onClick={() => openUrl(nextStepUrl(next, journey.workspace, platform))}
        >
          {t('popup_next_step', t(next.step.titleKey))}
        </button>
      ) : (
        <p class="all-done" data-testid="all-done">
          {t('popup_all_done')}
        </p>
      )}
    </section>
  );
}
