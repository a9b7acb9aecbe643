import { browser } from 'wxt/browser';

/** A UI string from _locales; the key itself shows if a translation is missing (never blank UI). */
export function t(key: string, substitutions?: string | string[]): string {
  // Keys come from our merged locales/ fragments, which WXT's generated key types cannot see.
  const getMessage = browser.i18n.getMessage as (key: string, substitutions?: string | string[]) => string;
  return getMessage(key, substitutions) || key;
}

/** A tip's body: one message per tip, its paragraphs on separate lines (fewer keys in the content script). */
export function paragraphsOf(key: string, substitutions?: string | string[]): string[] {
  return t(key, substitutions).split('\n');
}

export function uiLanguage(): string {
  return (browser.i18n.getUILanguage?.() ?? 'en').slice(0, 2);
}

/** A course text in the trainee's language when the instructor gave one, else English. */
export function localize(text: string | { en: string; es?: string } | undefined): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (uiLanguage() === 'es' && text.es) || text.en;
}
