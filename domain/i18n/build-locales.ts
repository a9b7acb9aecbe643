// Build-time (Node): merge locales/<lang>/*.json fragments into Chrome's _locales/<lang>/messages.json.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type ChromeMessages = Record<string, { message: string; description?: string }>;

export const LOCALES_DIR = join(process.cwd(), 'locales');

export function buildLocales(dir = LOCALES_DIR): Record<string, ChromeMessages> {
  const result: Record<string, ChromeMessages> = {};
  // One folder per language; files beside them (the glossary) are for translators.
  for (const lang of readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()) {
    const merged: ChromeMessages = {};
    for (const file of readdirSync(join(dir, lang))
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const fragment = JSON.parse(readFileSync(join(dir, lang, file), 'utf8')) as ChromeMessages;
      for (const [key, value] of Object.entries(fragment)) {
        if (merged[key]) throw new Error(`Message "${key}" is defined twice in locales/${lang}`);
        merged[key] = value;
      }
    }
    result[lang] = merged;
  }
  return result;
}
