import { t, uiLanguage } from '@/domain/i18n/t';
import type { Reading } from './use-reading';

/** "Reading 1,200 of 5,000 files…" and Cancel: the line is a polite live region, there before reading starts. */
export function ReadProgress({ reading, onCancel }: { reading: Reading | undefined; onCancel: () => void }) {
  const visible = reading?.visible ? reading : undefined;
  const count = new Intl.NumberFormat(uiLanguage());
  return (
    <div class="reading row no-print">
      <p aria-live="polite" class="status" data-testid="class-progress">
        {visible && t('class_reading_progress', [count.format(visible.done), count.format(visible.total)])}
      </p>
      {visible && (
        <button type="button" data-testid="class-cancel" onClick={onCancel}>
          {t('class_cancel_reading')}
        </button>
      )}
    </div>
  );
}
