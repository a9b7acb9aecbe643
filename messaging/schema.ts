// Background only: validates every request that arrives (content scripts and the popup ship no zod).
import * as z from 'zod/mini';
import { progressEventInputSchema } from '../domain/progress/events';
import { STEP_IDS } from '../domain/progress/steps';
import type { Request } from './protocol';

const step = z.enum(STEP_IDS);

export const requestSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('progress/record'),
    events: z.array(progressEventInputSchema).check(z.maxLength(50)),
  }),
  z.strictObject({ type: z.literal('course/effective') }),
  z.strictObject({ type: z.literal('progress/get') }),
  z.strictObject({ type: z.literal('progress/mark'), step }),
  z.strictObject({ type: z.literal('progress/undo-mark'), step }),
  z.strictObject({ type: z.literal('progress/reset') }),
  z.strictObject({ type: z.literal('progress/import'), data: z.unknown() }),
  z.strictObject({ type: z.literal('progress/export') }),
]);

// The schema and the protocol's union describe the same requests (a compile error otherwise).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesProtocol: Same<z.infer<typeof requestSchema>, Request> = true;
void schemaMatchesProtocol;
