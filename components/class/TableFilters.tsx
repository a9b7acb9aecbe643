import type { AttentionFilter, NextFilter, RowFilter } from '@/domain/class/view-rows';
import { t } from '@/domain/i18n/t';
import { STEPS } from '@/domain/progress/steps';

const ATTENTION: readonly AttentionFilter[] = [
  'all',
  'workspace-off-rule',
  'not-shared',
  'manual',
  'other-build',
  'dates',
];

export function TableFilters({
  filter,
  onChange,
  hasCollaborator,
}: {
  filter: RowFilter;
  onChange: (filter: RowFilter) => void;
  hasCollaborator: boolean;
}) {
  return (
    <div class="filters no-print">
      <div>
        <label for="filter-text">{t('class_filter_text')}</label>
        <input
          id="filter-text"
          type="search"
          value={filter.text}
          onInput={(e) => onChange({ ...filter, text: e.currentTarget.value })}
        />
      </div>
      <div>
        <label for="filter-next">{t('class_filter_next')}</label>
        <select
          id="filter-next"
          data-testid="filter-next"
          value={filter.next}
          onChange={(e) => onChange({ ...filter, next: e.currentTarget.value as NextFilter })}
        >
          <option value="all">{t('class_filter_any')}</option>
          {STEPS.map((step) => (
            <option key={step.id} value={step.id}>
              {t(step.titleKey)}
            </option>
          ))}
          <option value="finished">{t('class_finished')}</option>
        </select>
      </div>
      <div>
        <label for="filter-attention">{t('class_filter_attention')}</label>
        <select
          id="filter-attention"
          data-testid="filter-attention"
          value={filter.attention}
          onChange={(e) => onChange({ ...filter, attention: e.currentTarget.value as AttentionFilter })}
        >
          {ATTENTION.filter((a) => a !== 'not-shared' || hasCollaborator).map((a) => (
            <option key={a} value={a}>
              {t(`class_filter_attention_${a.replace(/-/g, '_')}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
