import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { validateCourse } from '@/domain/course/validate';
import { localize, uiLanguage } from '@/domain/i18n/t';

const uiIn = (language: string) => {
  fakeBrowser.i18n.getUILanguage = () => language;
};

describe('per-language course texts (localize)', () => {
  it('shows a plain string in every language', () => {
    uiIn('es');
    expect(localize('Welcome to class.')).toBe('Welcome to class.');
  });

  it('picks Spanish for any Spanish UI (es, es-419, es-ES) and English otherwise', () => {
    const text = { en: 'Welcome.', es: 'Bienvenida.' };
    for (const language of ['es', 'es-419', 'es-ES']) {
      uiIn(language);
      expect(uiLanguage()).toBe('es');
      expect(localize(text)).toBe('Bienvenida.');
    }
    for (const language of ['en', 'en-GB', 'fr', 'pt-BR']) {
      uiIn(language);
      expect(localize(text)).toBe('Welcome.');
    }
  });

  it('falls back to English when the course gives no Spanish text', () => {
    uiIn('es');
    expect(localize({ en: 'Welcome.' })).toBe('Welcome.');
  });

  it('is empty for a text the course does not have', () => {
    expect(localize(undefined)).toBe('');
  });

  it('accepts a per-language welcome in a course file and shows it in the trainee’s language', () => {
    const base = validateCourse({
      slug: 'x',
      name: 'X',
      instructor: { name: 'I', email: 'i@example.edu' },
      workspace: { nameTemplate: '{lastName}_x' },
      answers: {
        // Researcher Workbench 2.0 (the default platform) takes 100 to 1,000 characters for these three.
        intendedStudy: 'a'.repeat(100),
        scientificApproach: 'b'.repeat(100),
        anticipatedFindings: 'c'.repeat(100),
        disseminationOther: 'd',
        aianResearchDetails: 'e',
      },
      welcome: { en: 'Hi.', es: 'Hola.' },
    });
    expect(base.ok && base.course.welcome).toEqual({ en: 'Hi.', es: 'Hola.' });
    uiIn('es');
    expect(base.ok && localize(base.course.welcome)).toBe('Hola.');
  });
});
