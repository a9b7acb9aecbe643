// Background only: validates every message that arrives (content scripts ship no zod).
import * as z from 'zod/mini';
import { progressEventInputSchema } from './progress/events';

export const messageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('progress/record'), events: z.array(progressEventInputSchema).check(z.maxLength(50)) }),
  z.strictObject({ type: z.literal('progress/get') }),
  z.strictObject({ type: z.literal('progress/reset') }),
  z.strictObject({ type: z.literal('progress/import'), data: z.unknown() }),
]);
export type Message = z.infer<typeof messageSchema>;
