// The hand-in file: what "Export progress" writes and "Import" accepts (validated before anything changes).
import * as z from 'zod/mini';
import { visibleText } from '../text/visible-text';
import { boundedText, progressEventSchema, timestampSchema } from './events';
import { FIELD_LIMITS } from './limits';

export const EXPORT_FORMAT = 'workbench-companion-progress';
/** Far above any real journey; keeps a hostile file from filling the store. */
export const MAX_IMPORTED_EVENTS = 100_000;

const envelope = {
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: timestampSchema,
  course: z.optional(z.strictObject({ slug: boundedText(40), name: boundedText(200), fingerprint: boundedText(40) })),
  /** The name the trainee gave the extension, for the instructor's class view; older files have none. */
  trainee: z.optional(
    z.strictObject({ name: z.string().check(z.minLength(1), z.maxLength(FIELD_LIMITS.traineeName), visibleText) }),
  ),
};

export const exportSchema = z.strictObject({
  ...envelope,
  events: z.array(progressEventSchema).check(z.maxLength(MAX_IMPORTED_EVENTS)),
});
/** The file with its events counted but not yet checked: the background checks them a slice at a time. */
export const exportEnvelopeSchema = z.strictObject({
  ...envelope,
  events: z.array(z.unknown()).check(z.maxLength(MAX_IMPORTED_EVENTS)),
});
export type ProgressExport = z.infer<typeof exportSchema>;
export type ExportCourse = NonNullable<ProgressExport['course']>;

export type ImportCheck = { ok: true; data: ProgressExport } | { ok: false; problems: string[] };

/** Checks an export before anything changes; problems name the place in the file, never echo its content. */
export function checkExport(json: unknown): ImportCheck {
  const parsed = exportSchema.safeParse(json);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, problems: describeIssues(parsed.error.issues) };
}

/** At most three problems: our own rules say what is wrong (e.g. invisible characters); zod's codes say the rest. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.code === 'custom' ? issue.message : issue.code}`);
}
