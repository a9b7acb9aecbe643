import * as z from 'zod/mini';
import { STEP_IDS, STEP_STATES } from './steps';

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

export const progressEventSchema = z.extend(progressEventInputSchema, {
  id: z.optional(z.number()),
  at: z.number(),
});
export type ProgressEvent = z.infer<typeof progressEventSchema>;

/** The derived "where is this step now" row, one per step. */
export type StepStatus = Omit<ProgressEvent, 'id'>;
