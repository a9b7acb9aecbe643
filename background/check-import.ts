// Import's check of a file, a slice of events at a time: 100,000 events take a few hundred milliseconds to check,
// and the background answers other messages between the slices.
import * as z from 'zod/mini';
import { progressEventSchema, type ProgressEvent } from '../domain/progress/events';
import { describeIssues, exportEnvelopeSchema, type ImportCheck } from '../domain/progress/export-format';

const SLICE = 10_000;
const sliceSchema = z.array(progressEventSchema);
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The same verdict as `checkExport` (the file's own fields first, then its events), without one long task. */
export async function checkExportInSlices(json: unknown): Promise<ImportCheck> {
  const head = exportEnvelopeSchema.safeParse(json);
  if (!head.success) return { ok: false, problems: describeIssues(head.error.issues) };
  const raw = head.data.events;
  const events: ProgressEvent[] = [];
  const issues: z.core.$ZodIssue[] = [];
  for (let start = 0; start < raw.length && issues.length < 3; start += SLICE) {
    if (start) await nextTask();
    const parsed = sliceSchema.safeParse(raw.slice(start, start + SLICE));
    if (parsed.success) events.push(...parsed.data);
    else
      for (const issue of parsed.error.issues)
        issues.push({ ...issue, path: ['events', (issue.path[0] as number) + start, ...issue.path.slice(1)] });
  }
  if (issues.length) return { ok: false, problems: describeIssues(issues) };
  return { ok: true, data: { ...head.data, events } };
}
