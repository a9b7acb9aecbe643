// What an export is stamped with, so an instructor sees which course build a file came from.
import { builtInCourse, builtInFingerprint } from '../domain/course/active';
import type { ExportCourse } from '../domain/progress/export-format';

/**
 * Slug, name and build fingerprint: no IT policy can set them (POLICY_PATHS), so the stamp never waits for the
 * browser's first policy read, which takes about 3 s after a browser start (Reset and Import export first).
 */
export function exportStamp(): ExportCourse {
  return { slug: builtInCourse.slug, name: builtInCourse.name, fingerprint: builtInFingerprint };
}
