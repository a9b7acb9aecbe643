import type { Course } from '@/domain/course/schema';
import { localize, t } from '@/domain/i18n/t';

export interface CourseHeaderProps {
  course: Course;
}

/** Course name, the instructor's note and who to ask. */
export function CourseHeader({ course }: CourseHeaderProps) {
  const welcome = localize(course.welcome);
  return (
    <header>
      <h1>{course.name}</h1>
      {welcome && <p class="welcome">{welcome}</p>}
      <p class="muted">{t('popup_instructor', [course.instructor.name, course.instructor.email])}</p>
    </header>
  );
}
