import { describe, expect, it } from 'vitest';
import {
  PAGE_EXAMPLES,
  URL_PREDICATES,
  errorRouteOf,
  isGoogle403Page,
  loginStepOf,
  workspaceFromUrl,
} from '@/site/pages';
import { describeWithSnapshots, loadHtml, loadSnapshot } from '../support/snapshots';

const entries = Object.entries(URL_PREDICATES) as Array<[keyof typeof URL_PREDICATES, (url: URL) => boolean]>;

describe('URL predicates', () => {
  for (const [name, predicate] of entries) {
    it(`${name} accepts its own examples and rejects every other predicate's`, () => {
      expect(PAGE_EXAMPLES[name].length).toBeGreaterThan(0);
      for (const example of PAGE_EXAMPLES[name]) expect(predicate(new URL(example)), example).toBe(true);
      const others = entries.filter(([other]) => other !== name).flatMap(([other]) => PAGE_EXAMPLES[other]);
      for (const example of others) expect(predicate(new URL(example)), example).toBe(false);
    });
  }

  it('reads the workspace namespace and name from workspace URLs', () => {
    expect(
      workspaceFromUrl(new URL('https://workbench.researchallofus.org/workspaces/aou-rw-12/doe_CWML_training/data')),
    ).toEqual({
      namespace: 'aou-rw-12',
      name: 'doe_CWML_training',
    });
    expect(workspaceFromUrl(new URL('https://workbench.researchallofus.org/workspaces/build'))).toBeUndefined();
  });

  it('names the error route', () => {
    expect(errorRouteOf(new URL('https://workbench.researchallofus.org/session-expired'))).toBe('/session-expired');
    expect(errorRouteOf(new URL('https://workbench.researchallofus.org/login'))).toBeUndefined();
  });
});

describe("Google's 403 page", () => {
  const google403 = `<!DOCTYPE html><html lang=en><meta charset=utf-8><title>Error 403 (Forbidden)!!1</title>
    <a href=//www.google.com/><span id=logo aria-label=Google></span></a>
    <p><b>403.</b> <ins>That’s an error.</ins><p>We're sorry, but you do not have access to this page. <ins>That’s all we know.</ins></html>`;

  it('is recognised from its template', () => {
    const doc = new DOMParser().parseFromString(google403, 'text/html');
    expect(isGoogle403Page(doc)).toBe(true);
  });

  it('is recognised inside the newer af-error-container wrapper', () => {
    const doc = new DOMParser().parseFromString(
      `<html><head><title>Error 403 (Forbidden)!!1</title></head><body><main id="af-error-container" role="main"><p><b>403.</b> <ins>That’s an error.</ins></p><p>Forbidden. <ins>That’s all we know.</ins></p></main></body></html>`,
      'text/html',
    );
    expect(isGoogle403Page(doc)).toBe(true);
  });

  it('is not any other error or sign-in page', () => {
    const notFound = new DOMParser().parseFromString(google403.replace(/403/g, '404'), 'text/html');
    const signIn = new DOMParser().parseFromString(
      '<html><head><title>Sign in - Google Accounts</title></head><body><h1>Sign in</h1><p>403. That’s an error.</p></body></html>',
      'text/html',
    );
    expect(isGoogle403Page(notFound)).toBe(false);
    expect(isGoogle403Page(signIn)).toBe(false);
  });
});

describe('login wizard step (fixtures)', () => {
  it('is undefined on an empty page', () => {
    loadHtml('<div id="root"></div>');
    expect(loginStepOf(document)).toBeUndefined();
  });
});

describeWithSnapshots('login wizard step (snapshots)', () => {
  const cases = {
    'login-landing.html': 'landing',
    'account-creation-tos.html': 'terms',
    'account-creation-institution.html': 'institution',
    'account-creation-institution-filled.html': 'institution',
    'account-creation-details.html': 'details',
  } as const;
  for (const [file, step] of Object.entries(cases)) {
    it(`${file} is the ${step} step`, () => {
      expect(loginStepOf(loadSnapshot(file))).toBe(step);
    });
  }
});
