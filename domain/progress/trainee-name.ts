// The trainee's name in their hand-in file, so the instructor's class view can show who it is.
import { withoutInvisibleCharacters } from '../text/field-rules';
import { foldSpaces } from '../text/fold-spaces';
import type { ProgressExport } from './export-format';
import { FIELD_LIMITS } from './limits';

export const MAX_TRAINEE_NAME = FIELD_LIMITS.traineeName;

/** Adds the name the trainee gave the extension (for the workspace name), if any; the file stays valid without it. */
export function withTraineeName(data: ProgressExport, name: string | undefined): ProgressExport {
  // Tidied to what the export schema accepts, so the file always imports and always opens in the class view.
  const trimmed = name && foldSpaces(withoutInvisibleCharacters(name)).slice(0, MAX_TRAINEE_NAME).trim();
  return trimmed ? { ...data, trainee: { name: trimmed } } : data;
}
