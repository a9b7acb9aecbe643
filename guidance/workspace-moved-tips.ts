// What the legacy Workbench's "you can't create a workspace here" moments should tell a trainee: where, with what.
import type { TipProps } from './tip-content';
import type { ScriptCourse } from '@/domain/course/script-course';
import { paragraphsOf, t } from '@/domain/i18n/t';
import { RW2_ORIGIN } from '@/domain/workbench/workspace-platform';

export type MovedMoment = 'modal' | 'banner' | 'redirect';

/** Where the training workspace is created now, that registration carries over, what the pod is, and the link. */
export function workspaceMovedTip(moment: MovedMoment, course: ScriptCourse): TipProps {
  return {
    id: `ws-moved-${moment}`,
    title: t(`rw2_moved_${moment}_title`),
    paragraphs: [
      ...(moment === 'redirect' ? [t('rw2_moved_redirect_intro')] : []),
      ...paragraphsOf('rw2_moved_body'),
      // A legacy course expected the old form: the page says otherwise, so the instructor decides.
      ...(course.workspace.platform === 'legacy' ? [t('rw2_moved_legacy_course', course.instructor.email)] : []),
    ],
    links: [{ label: t('rw2_open'), href: RW2_ORIGIN }],
  };
}
