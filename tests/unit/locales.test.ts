// Every UI string exists in English and Spanish, with the same placeholders, and none is empty.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCE_DIRS } from '../support/source-layout';
import { buildLocales, LOCALES_DIR, type ChromeMessages } from '@/domain/i18n/build-locales';

type Entry = ChromeMessages[string] & { placeholders?: Record<string, { content: string }> };
const LANGUAGES = ['en', 'es'];
const locales = buildLocales() as Record<string, Record<string, Entry>>;
const fragments = (lang: string) =>
  readdirSync(join(LOCALES_DIR, lang))
    .filter((file) => file.endsWith('.json'))
    .sort();
const readFragment = (lang: string, file: string) =>
  JSON.parse(readFileSync(join(LOCALES_DIR, lang, file), 'utf8')) as Record<string, Entry>;

/** $1…$9 and $NAME$ references, sorted, so word order may differ between languages. */
function placeholdersOf(entry: Entry): string[] {
  return [...entry.message.replace(/\$\$/g, '').matchAll(/\$(\d|[A-Za-z0-9_@]+\$)/g)].map((match) => match[0]).sort();
}

describe('locales', () => {
  it('has exactly the languages we ship', () => {
    expect(Object.keys(locales).sort()).toEqual(LANGUAGES);
  });

  it('pairs every fragment file, key for key, in both languages', () => {
    expect(fragments('es')).toEqual(fragments('en'));
    for (const file of fragments('en')) {
      expect(Object.keys(readFragment('es', file)).sort(), `locales/es/${file}`).toEqual(
        Object.keys(readFragment('en', file)).sort(),
      );
    }
  });

  it('has every key in both languages', () => {
    const en = Object.keys(locales.en!);
    const es = Object.keys(locales.es!);
    expect(
      en.filter((key) => !es.includes(key)),
      'missing in es',
    ).toEqual([]);
    expect(
      es.filter((key) => !en.includes(key)),
      'missing in en',
    ).toEqual([]);
  });

  it('uses only key names Chrome accepts', () => {
    const bad = Object.keys(locales.en!).filter((key) => !/^[A-Za-z0-9_]+$/.test(key) || key.startsWith('@@'));
    expect(bad).toEqual([]);
  });

  it.each(LANGUAGES)('has no empty message in %s', (lang) => {
    const empty = Object.entries(locales[lang]!).filter(
      ([, entry]) => typeof entry.message !== 'string' || entry.message.trim() === '',
    );
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it.each(LANGUAGES)('has no blank paragraph in a multi-paragraph message in %s', (lang) => {
    // paragraphsOf() splits a tip's body on line breaks: an empty line would become an empty paragraph.
    const blank = Object.entries(locales[lang]!).filter(([, entry]) =>
      entry.message.split('\n').some((line) => line.trim() === ''),
    );
    expect(blank.map(([key]) => key)).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = Object.entries(locales.en!)
      .filter(
        ([key, entry]) => locales.es![key] && placeholdersOf(entry).join() !== placeholdersOf(locales.es![key]!).join(),
      )
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
    const named = Object.entries(locales.en!).filter(
      ([key, entry]) =>
        Object.keys(entry.placeholders ?? {})
          .sort()
          .join() !==
        Object.keys(locales.es![key]?.placeholders ?? {})
          .sort()
          .join(),
    );
    expect(named.map(([key]) => key)).toEqual([]);
  });

  it('has Spanish text, not English left behind, for every sentence', () => {
    // Product and proper names may stay as they are; real sentences (4+ words) must be translated.
    const untranslated = Object.entries(locales.en!)
      .filter(
        ([key, entry]) => entry.message.trim().split(/\s+/).length >= 4 && locales.es![key]?.message === entry.message,
      )
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});

describe('keys used in code', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
    });

  it('every literal t("key") or paragraphsOf("key") in the source folders exists in the English messages', () => {
    const used = SOURCE_DIRS.flatMap(sources).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\b(?:t|paragraphsOf)\(\s*(['"`])([A-Za-z0-9_]+)\1/g)].map((match) => ({
        file,
        key: match[2]!,
      })),
    );
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter(({ key }) => !locales.en![key]).map(({ file, key }) => `${file}: ${key}`)).toEqual([]);
  });
});
