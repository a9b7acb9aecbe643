import { t } from '@/domain/i18n/t';
import { stepHintKey, type StepProgress } from '@/domain/progress/journey';
import type { WorkspacePlatform } from '@/domain/workbench/workspace-platform';
import { doneDate } from '../format';

const ICON = { done: '✓', pending: '○', 'not-needed': '–', ineligible: '!' } as const;

export interface StepRowProps {
  item: StepProgress;
  platform: WorkspacePlatform;
  onMark: () => void;
  onUndo: () => void;
}

export function StepRow({ item, platform, onMark, onUndo }: StepRowProps) {
  const { step, view } = item;
  const title = t(step.titleKey);
  return (
    <li class={`step ${view}`} data-step={step.id} data-state={view}>
      <span class="state" aria-hidden="true">
        {ICON[view]}
      </span>
      <div class="step-body">
        <span class="step-title">{title}</span>
        {/* A pending row's hint line says what to do; "To do" is for screen readers, the ○ says it to the eye. */}
        <span class={view === 'pending' ? 'step-meta visually-hidden' : 'step-meta'}>{describeState(item)}</span>
        {view === 'pending' && (
          <span class="step-hint">
            {t(stepHintKey(step, platform))} · {t('popup_step_minutes', String(step.minutes))}
          </span>
        )}
      </div>
      {(item.canMark || item.canUndo) && (
        // One button that changes role, so keyboard focus stays put after ticking or undoing.
        <button
          type="button"
          class={item.canUndo ? 'small secondary' : 'small'}
          data-action={item.canUndo ? 'undo' : 'mark'}
          aria-label={t(item.canUndo ? 'popup_undo_mark_label' : 'popup_mark_done_label', title)}
          onClick={item.canUndo ? onUndo : onMark}
        >
          {t(item.canUndo ? 'popup_undo_mark' : 'popup_mark_done')}
        </button>
      )}
    </li>
  );
}

function describeState({ view, status }: StepProgress): string {
  switch (view) {
    case 'done': {
      if (!status) return t('popup_state_done');
      const done = t(status.source === 'manual' ? 'popup_state_done_by_you' : 'popup_state_done_on', doneDate(status));
      // The data collection's tier, as the page showed it.
      return status.tier ? `${done} · ${t(`wsTier_${status.tier}`)}` : done;
    }
    case 'not-needed':
      return t('popup_state_not_needed');
    case 'ineligible':
      return t('popup_state_ineligible');
    default:
      return t('popup_state_pending');
  }
}
