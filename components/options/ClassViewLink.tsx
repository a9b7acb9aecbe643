import { browser } from 'wxt/browser';
import { t } from '@/domain/i18n/t';

/** Instructors reach the class view from here; it opens in its own tab. */
export function ClassViewLink() {
  return (
    <section aria-labelledby="class-view">
      <h2 id="class-view">{t('class_options_heading')}</h2>
      <p>{t('class_options_explain')}</p>
      <p>
        <a href={browser.runtime.getURL('/class.html')} target="_blank" rel="noopener" data-testid="class-view-link">
          {t('class_options_link')}
        </a>
      </p>
    </section>
  );
}
