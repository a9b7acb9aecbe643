import type { Course } from '@/domain/course/schema';
import { localize, t } from '@/domain/i18n/t';

export interface CourseHeaderProps {
  course: Course;
  fingerprint: string;
  /** Set when an IT policy changed the course: the fingerprint of what trainees actually get. */
  policyFingerprint?: string;
}

/** Course name, who to ask, and the build fingerprint instructors compare. */
export function CourseHeader({ course, fingerprint, policyFingerprint }: CourseHeaderProps) {
  const welcome = localize(course.welcome);
  return (
    <header>
      <h1>{course.name}</h1>
      {welcome && <p class="welcome">{welcome}</p>}
      <p class="muted">
        {t('popup_instructor', [course.instructor.name, course.instructor.email])}
        <br />
        {t('popup_fingerprint_label')} <code data-testid="fingerprint">{fingerprint}</code>
        {policyFingerprint && (
          <>
            {' · '}
            {t('popup_policy_fingerprint_label')} <code data-testid="policy-fingerprint">{policyFingerprint}</code>
          </>
        )}
      </p>
    </header>
  );
}
