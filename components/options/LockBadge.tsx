import { t } from '@/domain/i18n/t';

/** Marks a value an administrator set through Chrome policy. */
export function LockBadge() {
  return (
    <span class="locked" data-locked="true">
      <span aria-hidden="true">🔒 </span>
      {t('options_locked')}
    </span>
  );
}
