// The Share dialog finds people by Workbench username or name, never by a university address: a collaborator
// email outside researchallofus.org is a build warning (a valid course, but trainees would find no one).
import type { Course } from './schema';

const WORKBENCH_DOMAIN = '@researchallofus.org';

export function collaboratorWarning(course: Course): string | undefined {
  const email = course.workspace.collaborator?.email;
  if (!email || email.toLowerCase().endsWith(WORKBENCH_DOMAIN)) return undefined;
  return `workspace.collaborator.email is ${email}: the Workbench's Share search finds people by their Workbench username (…${WORKBENCH_DOMAIN}) or name, so trainees will likely find no one. Use the instructor's Workbench username.`;
}
