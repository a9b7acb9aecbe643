import { TABLE_PAGE } from '@/domain/class/view-rows';
import { t } from '@/domain/i18n/t';

/**
 * Under a table that holds only the first rows: the next page, or all of them (focus then goes to the first added row).
 */
export function TablePager({
  inTable,
  matching,
  onMore,
}: {
  inTable: number;
  matching: number;
  onMore: (count: number) => void;
}) {
  const left = matching - inTable;
  if (left <= 0) return null;
  const next = Math.min(TABLE_PAGE, left);
  return (
    <div class="row pager no-print">
      <button type="button" data-testid="class-show-more" onClick={() => onMore(next)}>
        {t('class_show_more', String(next))}
      </button>
      {left > next && (
        <button type="button" data-testid="class-show-all" onClick={() => onMore(left)}>
          {t('class_show_all', String(matching))}
        </button>
      )}
    </div>
  );
}
