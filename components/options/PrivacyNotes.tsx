import { t } from '@/domain/i18n/t';

export function PrivacyNotes() {
  return (
    <section aria-labelledby="privacy">
      <h2 id="privacy">{t('options_privacy_title')}</h2>
      <p>{t('options_privacy_local')}</p>
      <p>{t('options_privacy_network')}</p>
      <p>{t('options_privacy_handin')}</p>
      <p>{t('options_privacy_reset')}</p>
    </section>
  );
}
