import * as z from 'zod/mini';
import { hasNoInvisibleCharacters, INVISIBLE_CHARACTERS_RULE } from './field-rules';

/**
 * The one check every schema puts on its texts: course files, IT policy, progress events and imported files.
 * It stops the checks after it, whose messages would only repeat the problem.
 */
export const visibleText = z.refine<string>(hasNoInvisibleCharacters, {
  message: INVISIBLE_CHARACTERS_RULE,
  abort: true,
});
