import { expect, it } from 'vitest';
import { showRecoveryBanner } from '@/content/google-403/recovery-banner';
import { builtInCourse } from '@/domain/course/active';
import { isGoogle403Page } from '@/site/pages';

const GOOGLE_403 = `<!DOCTYPE html><html lang=en><meta charset=utf-8><title>Error 403 (Forbidden)!!1</title>
<p><b>403.</b> <ins>That’s an error.</ins><p>We're sorry, but you do not have access to this page. <ins>That’s all we know.</ins></html>`;

it("Google's 403 banner: what happened, the way back to the Workbench and the course's help links, as text only", () => {
  const doc = new DOMParser().parseFromString(GOOGLE_403, 'text/html');
  expect(isGoogle403Page(doc)).toBe(true);
  const help = {
    ...builtInCourse.help,
    helpDeskEmail: 'desk@example.edu',
    helpDeskForm: 'https://help.example.edu/<b>form</b>',
  };
  const host = showRecoveryBanner(doc, help);
  const banner = host.shadowRoot!.querySelector('.wbc-banner')!;
  expect(doc.body.firstElementChild).toBe(host);
  expect(banner.getAttribute('role')).toBe('region');
  expect(banner.querySelector('h2')!.textContent).toMatch(/password change worked/);
  expect(banner.querySelector('a.wbc-button')!.getAttribute('href')).toBe('https://workbench.researchallofus.org/');
  expect([...banner.querySelectorAll('li a')].map((a) => a.getAttribute('href'))).toEqual([
    help.troubleSigningIn,
    help.helpDeskForm,
    'mailto:desk@example.edu',
  ]);
  // Course values land as text, never as markup.
  expect(banner.querySelector('b')).toBeNull();
  for (const a of banner.querySelectorAll('a[target="_blank"]'))
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
});
