import { useEffect, useState } from 'preact/hooks';
import { loadEffectiveCourse, type EffectiveCourse } from '@/domain/course/effective';
import { t } from '@/domain/i18n/t';
import { ClassViewLink } from './ClassViewLink';
import { CourseSummary } from './CourseSummary';
import { DiagnosticsPanel } from './DiagnosticsPanel';
import { PagePreview } from './PagePreview';
import { PermissionsList } from './PermissionsList';
import { PrivacyNotes } from './PrivacyNotes';
import { PREVIEW_PAGE_IDS } from './preview-values';

/** The options page is the course preview: what trainees will see, and whether the Workbench still matches. */
export function OptionsPage({ load = loadEffectiveCourse }: { load?: () => Promise<EffectiveCourse> }) {
  const [effective, setEffective] = useState<EffectiveCourse>();
  useEffect(() => {
    void load().then(setEffective);
  }, [load]);
  if (!effective) return <p>{t('options_loading')}</p>;
  return (
    <main>
      <CourseSummary effective={effective} />
      <ClassViewLink />
      <section aria-labelledby="preview">
        <h2 id="preview">{t('options_preview_title')}</h2>
        {PREVIEW_PAGE_IDS.map((page) => (
          <PagePreview key={page} page={page} course={effective.course} lockedPaths={effective.lockedPaths} />
        ))}
      </section>
      <PermissionsList />
      <DiagnosticsPanel />
      <PrivacyNotes />
    </main>
  );
}
