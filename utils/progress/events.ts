import * as z from 'zod/mini';
import { STEP_IDS, STEP_STATES } from './steps';
import { EARLIEST_TIMESTAMP, LATEST_TIMESTAMP } from './timestamps';

export { STEP_STATES, type StepState } from './steps';

export const progressEventInputSchema = z.strictObject({
  step: z.enum(STEP_IDS),
  state: z.enum(STEP_STATES),
  /** Where it was seen: a Workbench path, "manual" or "import". */
  source: z.string().check(z.maxLength(200)),
  /** The completion date the Workbench printed ("Nov 18, 2026"), when it shows one. */
  shownDate: z.optional(z.string().check(z.maxLength(40))),
  workspace: z.optional(z.strictObject({ namespace: z.string().check(z.maxLength(200)), name: z.string().check(z.maxLength(200)) })),
  collaborator: z.optional(z.string().check(z.maxLength(320))),
});
export type ProgressEventInput = z.infer<typeof progressEventInputSchema>;

/** A date a Date can show: a file with one outside the range would break every view of it. */
export const timestampSchema = z.number().check(z.gte(EARLIEST_TIMESTAMP), z.lte(LATEST_TIMESTAMP));

export const progressEventSchema = z.extend(progressEventInputSchema, {
  id: z.optional(z.number()),
  at: timestampSchema,
});
export type ProgressEvent = z.infer<typeof progressEventSchema>;

/** The derived "where is this step now" row, one per step. */
export type StepStatus = Omit<ProgressEvent, 'id'>;
