// Matching a text by meaning, not by one exact string: a few concepts that must all be present (in any order), each
// said in any of its wordings; words compare by stem, and a long word may carry one typo. A RegExp, so it is named,
// counted on snapshots and tested like every other text match (`test` calls this `exec`).

/** Lower-case words, "n't" spelled "not", a plural or "-ied" ending folded ("studies" → "study"). */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\bwon't\b/g, 'will not')
    .replace(/n't\b/g, ' not')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.replace(/ie[sd]$/, 'y'));
}

/** At most one letter added, removed or changed, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  // One letter changed, or two neighbours swapped ("purpsoe").
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Same word: equal, one a short ending away from the other ("finding" … "findings"), or one typo apart. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && ((long.startsWith(short) && long.length - short.length <= 3) || oneEditApart(a, b));
}

/** A phrase is its words in a row; "^" in front ties it to the text's start. */
function hasPhrase(words: string[], phrase: string): boolean {
  const anchored = phrase.startsWith('^');
  const want = wordsOf(anchored ? phrase.slice(1) : phrase);
  const last = anchored ? 0 : words.length - want.length;
  for (let start = 0; start <= last; start++)
    if (want.every((word, i) => words[start + i] !== undefined && sameWord(words[start + i]!, word))) return true;
  return false;
}

/** One concept: wordings separated by "|". */
const hasConcept = (words: string[], concept: string) => concept.split('|').some((phrase) => hasPhrase(words, phrase));

/** Every concept of `all` is said, none of `unless`. */
export class Meaning extends RegExp {
  constructor(
    readonly all: readonly string[],
    readonly unless: readonly string[] = [],
  ) {
    // The source only names it (in test messages); `exec` below does the matching.
    super(`${all} unless ${unless}`.replace(/\W+/g, ' '));
  }

  override exec(text: string): RegExpExecArray | null {
    const words = wordsOf(text);
    const said = this.all.every((concept) => hasConcept(words, concept));
    if (!said || this.unless.some((concept) => hasConcept(words, concept))) return null;
    return Object.assign([text], { index: 0, input: text }) as unknown as RegExpExecArray;
  }
}

export const meaning = (all: readonly string[], unless: readonly string[] = []) => new Meaning(all, unless);
