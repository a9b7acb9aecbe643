// Which of a list's options is the wanted answer, by meaning: exactly one option says it (and says no other answer),
// else "not sure" (several could be it) or "not found" (none is). Pure; used for every select and listbox.
import { normalizeText } from '../site/text-matches';

export type Choice = { status: 'found'; index: number } | { status: 'not-found' } | { status: 'not-sure' };

/** The option (by index) whose text means `want` among `meanings`, never a guess between two. */
export function chooseOption(texts: readonly string[], meanings: Record<string, RegExp>, want: string): Choice {
  const wanted = meanings[want];
  if (!wanted) return { status: 'not-found' };
  const says = (text: string, key: string) => meanings[key]!.test(normalizeText(text));
  const keys = Object.keys(meanings);
  const hits = texts.flatMap((text, index) => (says(text, want) ? [index] : []));
  if (hits.length === 0) return { status: 'not-found' };
  // An option that also reads as another answer, or two options for this one: the trainee decides.
  const both = hits.some((index) => keys.some((key) => key !== want && says(texts[index]!, key)));
  return hits.length === 1 && !both ? { status: 'found', index: hits[0]! } : { status: 'not-sure' };
}

/** The answer key a shown text (a select's current label) stands for, or '' when none or more than one fits. */
export function answerOf(text: string, meanings: Record<string, RegExp>): string {
  const norm = normalizeText(text);
  const keys = norm ? Object.keys(meanings).filter((key) => meanings[key]!.test(norm)) : [];
  return keys.length === 1 ? keys[0]! : '';
}
