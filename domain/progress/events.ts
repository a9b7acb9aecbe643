import * as z from 'zod/mini';
import { withoutInvisibleCharacters } from '../text/field-rules';
import { visibleText } from '../text/visible-text';
import { ACCESS_TIERS } from '../workbench/access-tier';
import { FIELD_LIMITS } from './limits';
import { STEP_IDS, STEP_STATES } from './steps';
import { EARLIEST_TIMESTAMP, LATEST_TIMESTAMP } from './timestamps';

export { STEP_STATES, type StepState } from './steps';

/** Text from a file or the store: bounded, and refused when it carries what makes it read as something else. */
export const boundedText = (max: number) => z.string().check(z.maxLength(max), visibleText);
/** Text a page showed: untrusted, so invisible characters are taken out, not refused (the step still counts). */
const pageText = (max: number) => z.string().check(z.overwrite(withoutInvisibleCharacters), z.maxLength(max));

const eventFields = (text: typeof boundedText) => ({
  step: z.enum(STEP_IDS),
  state: z.enum(STEP_STATES),
  /** Where it was seen: a Workbench path, "manual" or "import". */
  source: text(FIELD_LIMITS.source),
  /** The completion date the Workbench printed ("Nov 18, 2026"), when it shows one. */
  shownDate: z.optional(text(FIELD_LIMITS.shownDate)),
  workspace: z.optional(
    z.strictObject({ namespace: text(FIELD_LIMITS.workspacePart), name: text(FIELD_LIMITS.workspacePart) }),
  ),
  collaborator: z.optional(text(FIELD_LIMITS.collaborator)),
  /** The data tier of the collection added (data-collection-added); files before it have none. */
  tier: z.optional(z.enum(ACCESS_TIERS)),
});

/** What a content script reports. */
export const progressEventInputSchema = z.strictObject(eventFields(pageText));
export type ProgressEventInput = z.infer<typeof progressEventInputSchema>;

/** A date a Date can show: a file with one outside the range would break every view of it. */
export const timestampSchema = z.number().check(z.gte(EARLIEST_TIMESTAMP), z.lte(LATEST_TIMESTAMP));

/** A stored or imported event. */
export const progressEventSchema = z.strictObject({
  ...eventFields(boundedText),
  id: z.optional(z.number()),
  at: timestampSchema,
});
export type ProgressEvent = z.infer<typeof progressEventSchema>;

/** The derived "where is this step now" row, one per step. */
export type StepStatus = Omit<ProgressEvent, 'id'>;
