// Which steps a course asks for: decided from the course file alone.
import type { Course } from '../course/schema';
import type { StepId } from './steps';

type CourseNeeds = Pick<Course, 'notRequiredSteps'> & {
  workspace: Pick<Course['workspace'], 'accessTier' | 'collaborator'>;
};

export function notRequiredSteps(course: CourseNeeds): Set<StepId> {
  const skipped = new Set<StepId>(course.notRequiredSteps);
  // A Registered Tier workspace never needs the Controlled Tier course.
  if (course.workspace.accessTier === 'registered') skipped.add('ct-training');
  // Nobody to share with.
  if (!course.workspace.collaborator) skipped.add('workspace-shared');
  return skipped;
}
