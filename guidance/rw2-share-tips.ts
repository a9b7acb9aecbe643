// Researcher Workbench 2.0, sharing: on the course's workspace, how to share with the course's collaborator and role;
// a Controlled Tier workspace can only be shared with people who have Controlled Tier access too.
import type { ScriptCourse } from '@/domain/course/script-course';
import { paragraphsOf, t } from '@/domain/i18n/t';
import { roleMessageKey } from '@/domain/workbench/collaborator-role';
import { courseWorkspaceHeading } from '@/site/rw2-page';
import { sourceLink, type PlacedTip } from './tip-content';

/** The tip below the workspace's heading; none when the course names nobody to share with. */
export function rw2ShareTip(course: ScriptCourse): PlacedTip | undefined {
  const { collaborator, accessTier, nameTemplate } = course.workspace;
  if (!collaborator) return undefined;
  return {
    id: 'rw2-share',
    title: t('rw2_share_title'),
    paragraphs: [
      ...paragraphsOf('rw2_share_body', [collaborator.email, t(roleMessageKey(collaborator.role))]),
      ...(accessTier === 'controlled' ? [t('rw2_share_controlled')] : []),
    ],
    links: [sourceLink(course.help.rw2Sharing)],
    anchor: (root) => courseWorkspaceHeading(root, nameTemplate),
    append: 'after',
  };
}
