import type { EffectiveCourse } from '@/domain/course/effective';
import { localize, t } from '@/domain/i18n/t';

/** Which build this is (fingerprint) and what IT policy changed in it. */
export function CourseSummary({ effective }: { effective: EffectiveCourse }) {
  const { course, fingerprint, lockedPaths, policyWarnings, policyFingerprint } = effective;
  return (
    <header>
      <h1>{course.name}</h1>
      <p class="intro">{t('options_intro')}</p>
      <dl class="facts">
        <dt>{t('options_fingerprint')}</dt>
        <dd>
          <code data-testid="fingerprint">{fingerprint}</code>
          <span class="muted"> {t('options_fingerprint_help')}</span>
          {policyFingerprint && (
            <div data-testid="policy-fingerprint">{t('options_policy_fingerprint', policyFingerprint)}</div>
          )}
        </dd>
        <dt>{t('options_course_id')}</dt>
        <dd>{course.slug}</dd>
        <dt>{t('options_version')}</dt>
        <dd>{course.version}</dd>
        <dt>{t('options_instructor')}</dt>
        <dd>
          {course.instructor.name} · <a href={`mailto:${course.instructor.email}`}>{course.instructor.email}</a>
        </dd>
        {course.welcome && (
          <>
            <dt>{t('options_welcome')}</dt>
            <dd data-testid="welcome">{localize(course.welcome)}</dd>
          </>
        )}
      </dl>
      {lockedPaths.length > 0 && (
        <p class="policy" data-testid="policy-summary">
          {t('options_policy_summary', lockedPaths.join(', '))}
        </p>
      )}
      {policyWarnings.length > 0 && (
        <section class="warnings" role="alert" data-testid="policy-warnings">
          <h2>{t('options_policy_warnings_title')}</h2>
          <ul>
            {policyWarnings.map((warning) => (
              <li key={`${warning.path}-${warning.rule}`}>
                {t('options_policy_warning', [warning.path, warning.rule, warning.received])}
              </li>
            ))}
          </ul>
        </section>
      )}
    </header>
  );
}
