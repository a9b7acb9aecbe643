// Which steps a course asks for: decided from the course file alone.
import type { Course } from '../course/schema';
import type { StepId } from './steps';

type CourseNeeds = Pick<Course, 'notRequiredSteps'> & {
  workspace: Pick<Course['workspace'], 'accessTier' | 'collaborator'> & Partial<Pick<Course['workspace'], 'platform'>>;
};

export function notRequiredSteps(course: CourseNeeds): Set<StepId> {
  const skipped = new Set<StepId>(course.notRequiredSteps);
  // A Registered Tier workspace never needs the Controlled Tier course.
  if (course.workspace.accessTier === 'registered') skipped.add('ct-training');
  // Nobody to share with.
  if (!course.workspace.collaborator) skipped.add('workspace-shared');
  // The legacy form picks the tier when the workspace is created: there is no data collection to add.
  if (course.workspace.platform === 'legacy') skipped.add('data-collection-added');
  return skipped;
}
