// What pages showed that could not be saved yet, and why: the checklist alone would show them as still to do.
import { doneDate } from '@/components/format';
import { t } from '@/domain/i18n/t';
import { isStepId, stepById } from '@/domain/progress/steps';
import type { StepStatus } from '@/domain/progress/events';
import type { UnsavedProgress } from '@/state/unsaved-progress';

export function UnsavedSteps({ unsaved }: { unsaved: UnsavedProgress }) {
  // A step this build does not know (left by another build) is left out rather than shown without a name.
  const events = unsaved.events.filter((event) => isStepId(event.step));
  return (
    <div class="error" role="alert" data-testid="unsaved">
      <p>{t('popup_unsaved', unsaved.error)}</p>
      <ul>
        {events.map((event) => (
          <li key={event.step} data-unsaved-step={event.step} data-state={event.state}>
            {t(stepById(event.step).titleKey)} · {describe(event)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function describe(event: StepStatus): string {
  if (event.state === 'done') return t('popup_state_done_on', doneDate(event));
  return t(event.state === 'ineligible' ? 'popup_state_ineligible' : 'popup_state_pending');
}
