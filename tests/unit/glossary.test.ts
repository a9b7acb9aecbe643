// The Spanish glossary (locales/GLOSSARY.md) is followed by every Spanish message: agreed terms in en/es pairs,
// no forbidden variant, United States Spanish. The tables are read from the glossary itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLocales, LOCALES_DIR } from '@/domain/i18n/build-locales';

interface TermRow {
  english: string[];
  spanish: string;
  never: string[];
}

const GLOSSARY = readFileSync(join(LOCALES_DIR, 'GLOSSARY.md'), 'utf8');
const locales = buildLocales();
const en = locales.en!;
const es = locales.es!;

/** The body rows of the markdown table under a "## heading", as arrays of trimmed cells. */
function tableRows(markdown: string, heading: string): string[][] {
  const section = markdown.split(/^## /m).find((part) => part.startsWith(heading));
  if (!section) throw new Error(`GLOSSARY.md has no "## ${heading}" section`);
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

const list = (cell: string | undefined) =>
  (cell ?? '')
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A whole-word match (letters on neither side), with an optional Spanish/English plural ending. */
const word = (term: string, flags = 'iu') => new RegExp(`(?<!\\p{L})${escapeRegExp(term)}(?:s|es)?(?!\\p{L})`, flags);

function termRows(markdown: string): TermRow[] {
  return tableRows(markdown, 'Terms').map(([english, spanish, never]) => ({
    english: list(english),
    spanish: spanish ?? '',
    never: list(never),
  }));
}

function usRows(markdown: string): Array<{ use: string[]; never: string[] }> {
  return tableRows(markdown, 'United States Spanish').map(([use, never]) => ({ use: list(use), never: list(never) }));
}

/** Every way a Spanish message can break the glossary, as "key: problem" lines. */
function glossaryProblems(
  english: Record<string, { message: string }>,
  spanish: Record<string, { message: string }>,
  markdown: string,
): string[] {
  const problems: string[] = [];
  const terms = termRows(markdown);
  const usSpanish = usRows(markdown);
  for (const [key, { message }] of Object.entries(spanish)) {
    const original = english[key]?.message ?? '';
    for (const { english: names, spanish: term, never } of terms) {
      for (const variant of never)
        if (word(variant).test(message)) problems.push(`${key}: uses "${variant}" (glossary: "${term}")`);
      const inEnglish = names.some((name) => word(name).test(original));
      const inSpanish = word(term).test(message);
      if (inEnglish && !inSpanish) problems.push(`${key}: English says "${names.join('/')}", Spanish lacks "${term}"`);
      if (inSpanish && !inEnglish)
        problems.push(`${key}: Spanish says "${term}" where English has no "${names.join('/')}"`);
      if (inSpanish) {
        // A capitalized term keeps its exact casing; a lower-case one may start a sentence.
        const exact = /^\p{Lu}/u.test(term)
          ? word(term, 'gu')
          : new RegExp(
              word(term, 'gu').source.replace(
                escapeRegExp(term),
                `[${term[0]}${term[0]!.toUpperCase()}]${escapeRegExp(term.slice(1))}`,
              ),
              'gu',
            );
        const all = message.match(word(term, 'giu'))?.length ?? 0;
        const right = message.match(exact)?.length ?? 0;
        if (right < all) problems.push(`${key}: "${term}" with other capitalization`);
      }
    }
    for (const { use, never } of usSpanish) {
      for (const variant of never)
        if (word(variant).test(message))
          problems.push(`${key}: uses "${variant}" (United States Spanish: "${use.join('" or "')}")`);
    }
  }
  return problems;
}

describe('Spanish glossary', () => {
  it('has both tables with rows', () => {
    expect(termRows(GLOSSARY).length).toBeGreaterThanOrEqual(8);
    expect(usRows(GLOSSARY).length).toBeGreaterThanOrEqual(3);
    expect(termRows(GLOSSARY).map((row) => row.spanish)).toEqual(
      expect.arrayContaining([
        'Controlled Tier',
        'Código de Conducta',
        'Declaración de Uso para Investigación',
        'estudiante',
        'participante',
      ]),
    );
    expect(usRows(GLOSSARY).flatMap((row) => row.use)).toEqual(
      expect.arrayContaining(['celular', 'licencia de conducir', 'video']),
    );
  });

  it('is followed by every Spanish message', () => {
    expect(glossaryProblems(en, es, GLOSSARY)).toEqual([]);
  });

  it('catches each kind of mistake (control: the check can fail)', () => {
    const english = {
      a: { message: 'Use Controlled Tier data.' },
      b: { message: 'Tell your trainees.' },
      c: { message: 'Sign the Data User Code of Conduct.' },
      d: { message: 'Keep your phone at hand.' },
      e: { message: 'The trainee clicks.' },
    };
    const spanish = {
      a: { message: 'Use datos del nivel controlado.' },
      b: { message: 'Avise a sus participantes.' },
      c: { message: 'Firme el código de Conducta para Usuarios de Datos.' },
      d: { message: 'Tenga su móvil a mano y pulse.' },
      e: { message: 'La estudiante hace clic.' },
    };
    const problems = glossaryProblems(english, spanish, GLOSSARY);
    expect(problems).toEqual(
      expect.arrayContaining([
        'a: uses "nivel controlado" (glossary: "Controlled Tier")',
        'a: English says "Controlled Tier", Spanish lacks "Controlled Tier"',
        'b: English says "trainee/student", Spanish lacks "estudiante"',
        'b: Spanish says "participante" where English has no "participant"',
        'c: "Código de Conducta" with other capitalization',
        'd: uses "móvil" (United States Spanish: "celular")',
        'd: uses "pulse" (United States Spanish: "haga clic" or "hacer clic")',
      ]),
    );
    expect(problems.filter((line) => line.startsWith('e:'))).toEqual([]);
  });
});
