// The RW 2.0 panel on one-question pages (Material UI markup): what it will write, one Fill, what is left on this page
// in RW 2.0 terms; with consent, each following page of the same form fills as it opens, and the consent ends with
// the form. It never presses the page's buttons.
import { afterEach, expect, it } from 'vitest';
import { rw2ResearchPurpose } from '@/content/rw2/features/rw2-research-purpose';
import { builtInCourse } from '@/domain/course/active';
import { dialog, RUS_PAGES } from '../support/mui-like-pages';
import { ourRoot, startRun, type TestRun } from '../support/feature-run';

const URL = 'https://workbench.verily.com/workspaces/garcia-cwml-training';
let current: TestRun | undefined;
let pagePresses = 0;
afterEach(() => {
  current?.abort();
  document.body.replaceChildren();
  pagePresses = 0;
});

const panel = () => ourRoot('wbc-rw2-purpose');
const inPanel = <E extends Element>(css: string) => panel()?.querySelector<E>(css) ?? null;
const boxes = () => [...document.querySelectorAll<HTMLInputElement>('[role="dialog"] input[type="checkbox"]')];
const ticked = (label: string) => boxes().find((box) => box.closest('label')?.textContent?.includes(label))?.checked;
/** Shows page `n` in the same dialog, as the form's own Next would. */
const showPage = (n: number) => {
  const content = document.querySelector('.MuiDialogContent-root')!;
  content.innerHTML = `<p>Page ${n} of 8</p>${RUS_PAGES[n]}`;
};

function open(n: number) {
  document.body.innerHTML = dialog(RUS_PAGES[n]!, n);
  document.addEventListener('click', (e) => (e.target as Element).closest?.('.MuiDialogActions-root') && pagePresses++);
  current = startRun([rw2ResearchPurpose], URL, builtInCourse);
}

it('one question page: what Fill will write, one Fill, the field filled, nothing left on this page', async () => {
  open(1);
  await expect.poll(() => inPanel('button[data-action="fill"]')).not.toBeNull();
  expect(inPanel('dd[data-field="educational"]')?.textContent).toBe('Educational Purpose');
  expect(document.querySelector('wbc-rw2-purpose')!.nextElementSibling?.matches('fieldset')).toBe(true);
  inPanel<HTMLButtonElement>('button[data-action="fill"]')!.click();
  await expect.poll(() => inPanel('[data-page-left="none"]')).not.toBeNull();
  expect(ticked('Education')).toBe(true);
  expect(inPanel('li[data-field="educational"]')?.getAttribute('data-status')).toBe('filled');
  expect(panel()!.textContent).not.toMatch(/Point at it|Create Workspace/);
  expect(pagePresses).toBe(0);
});

it('with consent, the next pages of the same form fill as they open; a new form starts without it', async () => {
  open(3);
  await expect.poll(() => inPanel('button[data-action="auto-fill"]')).not.toBeNull();
  inPanel<HTMLButtonElement>('button[data-action="auto-fill"]')!.click();
  // Consenting fills the page shown too.
  await expect.poll(() => ticked('Other')).toBe(true);
  showPage(4);
  await expect.poll(() => ticked('None of these apply')).toBe(true);
  showPage(8);
  await expect.poll(() => document.querySelector('wbc-rw2-purpose')).toBeNull();
  expect(pagePresses).toBe(0);

  // The form closes and opens again (a new dialog): its page waits for a click.
  document.body.innerHTML = dialog(RUS_PAGES[4]!, 4);
  await expect.poll(() => inPanel('button[data-action="fill"]')).not.toBeNull();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(ticked('None of these apply')).toBe(false);
  expect(inPanel('button[data-action="auto-fill"]')!.getAttribute('aria-checked')).toBe('false');
});

it('control: without consent the next page is not filled', async () => {
  open(3);
  await expect.poll(() => inPanel('button[data-action="fill"]')).not.toBeNull();
  inPanel<HTMLButtonElement>('button[data-action="fill"]')!.click();
  await expect.poll(() => ticked('Other')).toBe(true);
  showPage(4);
  await expect.poll(() => inPanel('dd[data-field="outcomeNone"]')).not.toBeNull();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(ticked('None of these apply')).toBe(false);
});
