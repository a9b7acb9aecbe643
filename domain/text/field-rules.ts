// The rules for links, emails, hosts and characters, without zod: the course schema checks with them, and so does
// the Google-403 banner (too small for zod), so every context accepts exactly the same values.

/** Bidi overrides/isolates and zero-width characters: they make text read differently from what it is. */
const INVISIBLE_CHARACTERS = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
export const INVISIBLE_CHARACTERS_RULE =
  'must not contain invisible direction or zero-width characters (U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+FEFF)';

export function hasNoInvisibleCharacters(text: string): boolean {
  return !INVISIBLE_CHARACTERS.test(text);
}

export function withoutInvisibleCharacters(text: string): string {
  return text.replace(new RegExp(INVISIBLE_CHARACTERS.source, 'g'), '');
}

/** An https:// link with a host, exactly as given (no spaces to trim, no invisible characters). */
export function isHttpsLink(value: unknown): value is string {
  if (typeof value !== 'string' || value !== value.trim() || !hasNoInvisibleCharacters(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

/** A plain address: letters, digits and . _ ' + - before the @, a dotted domain after it. */
export const EMAIL_PATTERN =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** The longest address mail systems accept. */
export const EMAIL_MAX = 254;

export function isEmailAddress(value: unknown): value is string {
  return typeof value === 'string' && value.length <= EMAIL_MAX && EMAIL_PATTERN.test(value);
}
