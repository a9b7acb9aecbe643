import { builtInCourse, builtInFingerprint } from '@/utils/course/active';

/** What this build was made for, so an instructor can check a trainee's copy. */
export function CoursePreview() {
  const course = builtInCourse;
  return (
    <main style="font: 14px/1.5 system-ui, sans-serif; max-width: 760px; margin: 16px auto; padding: 0 12px">
      <h1>{course.name}</h1>
      <dl>
        <dt>Instructor</dt>
        <dd>
          {course.instructor.name} ({course.instructor.email})
        </dd>
        <dt>Fingerprint</dt>
        <dd data-testid="fingerprint">{builtInFingerprint}</dd>
        <dt>Workspace name</dt>
        <dd>{course.workspace.nameTemplate}</dd>
        <dt>Access tier</dt>
        <dd>{course.workspace.accessTier}</dd>
        {course.workspace.collaborator && (
          <>
            <dt>Share with</dt>
            <dd>
              {course.workspace.collaborator.email} ({course.workspace.collaborator.role})
            </dd>
          </>
        )}
      </dl>
    </main>
  );
}
