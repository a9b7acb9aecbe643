// Background only: validates every message that arrives (content scripts ship no zod).
import * as z from 'zod/mini';
import { progressEventInputSchema } from './progress/events';
import { STEP_IDS } from './progress/steps';

const step = z.enum(STEP_IDS);

export const messageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('progress/record'), events: z.array(progressEventInputSchema).check(z.maxLength(50)) }),
  z.strictObject({ type: z.literal('progress/get') }),
  z.strictObject({ type: z.literal('progress/mark'), step }),
  z.strictObject({ type: z.literal('progress/undo-mark'), step }),
  z.strictObject({ type: z.literal('progress/reset') }),
  /** data is checked against the export format by the background itself, with a readable error. */
  z.strictObject({ type: z.literal('progress/import'), data: z.unknown() }),
  z.strictObject({ type: z.literal('progress/export') }),
]);
export type Message = z.infer<typeof messageSchema>;
