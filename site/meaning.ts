// Matching a text by meaning, not by one exact string: a few concepts that must all be present (in any order), each
// said in any of its wordings; words compare by stem, and a long word may carry one typo. A RegExp, so it is named,
// counted on snapshots and tested like every other text match (`test` calls this `exec`).

const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/n't\b/g, ' not'],
  [/'d\b/g, ' would'],
  [/'ll\b/g, ' will'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'m\b/g, ' am'],
];

/** Lower-case words, contractions spelled out, a plural or "-ied" ending folded ("studies" → "study"). */
export function wordsOf(text: string): string[] {
  let folded = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  for (const [from, to] of CONTRACTIONS) folded = folded.replace(from, to);
  return folded
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

/** Same word: equal; one an ending away from the other ("educate" … "education", "finding" … "findings"); or one typo. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 5) return false;
  if (long.startsWith(short) && long.length - short.length <= 3) return true;
  // A shared stem of at least six letters with short endings ("educate"/"educational").
  let shared = 0;
  while (shared < short.length && short[shared] === long[shared]) shared++;
  if (shared >= 6 && short.length - shared <= 2 && long.length - shared <= 4) return true;
  return oneEditApart(a, b);
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
    super(
      `meaning: ${all.join(' & ')}${unless.length ? ` unless ${unless.join(' / ')}` : ''}`.replace(
        /[\\^$.*+?()[\]{}|/]/g,
        ' ',
      ),
    );
  }

  override exec(text: string): RegExpExecArray | null {
    const words = wordsOf(text);
    const said = this.all.every((concept) => hasConcept(words, concept));
    if (!said || this.unless.some((concept) => hasConcept(words, concept))) return null;
    return Object.assign([text], { index: 0, input: text, groups: undefined }) as RegExpExecArray;
  }
}

export const meaning = (all: readonly string[], unless: readonly string[] = []) => new Meaning(all, unless);
