import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildExtension } from '../support/build';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { describeInChromium } from '../support/browser-suite';
import { servePages } from '../support/serve';
import { watchProblems } from '../support/page-problems';
import { clickSeen, ourUi } from '../support/our-ui';
import { RW2_DIALOG_URL, rw2DialogPages } from '../fixtures/rw2-workspace-dialog';
import { RW2, RW2_QUESTIONS_ONLY_URL, RW2_WORKSPACE_URL, verilyPages } from '../fixtures/verily-pages';

// The example course: {lastName}_CWML_training, shared with ada.example@researchallofus.org as Reader.
const EXAMPLE = 'courses/example-cwml-training.json';
const course = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
const WAIT = { timeout: 10_000 };

const createButton = (page: Page) => page.locator('[role="dialog"] button', { hasText: /^Create workspace$/ });
const flags = (page: Page) =>
  page.evaluate(() => {
    const marks = window as unknown as { __submitted?: boolean; __podTouched?: boolean; __shared?: boolean };
    return {
      submitted: marks.__submitted ?? false,
      pod: marks.__podTouched ?? false,
      shared: marks.__shared ?? false,
    };
  });
const texts = (page: Page) =>
  page
    .locator('[role="dialog"] textarea, [role="dialog"] input[type="text"]')
    .evaluateAll((els) => (els as HTMLInputElement[]).map((el) => el.value));

/** Opens the answer sheet, clicks every Copy and reads the clipboard back after each one. */
async function copyEveryAnswer(page: Page, host: string): Promise<Array<{ shown: string; copied: string }>> {
  await page.locator(`${host} details.wbc-sheet summary`).evaluate((summary) => {
    if (!(summary.parentElement as HTMLDetailsElement).open) (summary as HTMLElement).click();
  });
  const buttons = page.locator(`${host} button[data-answer]`);
  const rows: Array<{ shown: string; copied: string }> = [];
  for (let i = 0; i < (await buttons.count()); i++) {
    const button = buttons.nth(i);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => button.getAttribute('data-wbc-copied'), WAIT).toBe('');
    rows.push({
      shown: (await button.evaluate((b) => b.previousElementSibling?.textContent)) ?? '',
      copied: await page.evaluate(() => navigator.clipboard.readText()),
    });
  }
  return rows;
}

describeInChromium('Researcher Workbench 2.0 (workbench.verily.com), example course', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    const dir = process.env.EXAMPLE_EXTENSION_DIR ?? buildExtension(EXAMPLE, 'tests/.tmp/rw2-example');
    browser = await launchWithExtension(dir);
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: RW2 });
    await servePages(browser.context, { ...rw2DialogPages({ aian: true }), ...verilyPages() });
  });
  afterAll(() => browser?.close());

  it('"New workspace" dialog: one click per page fills it, the page’s own Create becomes enabled, nothing is submitted; Undo restores', async () => {
    const page = await browser.context.newPage();
    const problems = watchProblems(page);
    await page.goto(RW2_DIALOG_URL);
    await page.locator('#app button', { hasText: 'New workspace' }).click();
    expect(page.url()).toBe(RW2_DIALOG_URL);

    // Page 1: the course's name rule beside the name field.
    // In a closed root: it asks for the last name.
    const offer = ourUi(page, 'wbc-rw2-name');
    await expect.poll(() => offer.count('button[data-action="name"]'), WAIT).toBe(1);
    expect(await offer.text('[role="note"]')).toContain('{lastName}_CWML_training');
    await offer.fill('input[name="wbc-last-name"]', 'Garcia');
    await offer.click('button[data-action="name"]');
    await expect
      .poll(() => page.locator('[role="dialog"] input[type="text"]').first().inputValue(), WAIT)
      .toBe('Garcia_CWML_training');
    expect(await page.locator('wbc-rw2-purpose').count()).toBe(0);
    await page.locator('[role="dialog"] button', { hasText: /^Next$/ }).click();
    await page.locator('[role="dialog"] button', { hasText: /^Next$/ }).click();
    await page.locator('[role="dialog"] button', { hasText: /^Next$/ }).click();

    // Page 4: the Research Use Statement, with the panel beside its questions.
    const fill = page.locator('wbc-rw2-purpose button[data-action="fill"]');
    await expect.poll(() => fill.count(), WAIT).toBe(1);
    expect(await createButton(page).isDisabled()).toBe(true);
    await clickSeen(fill);
    await expect.poll(() => createButton(page).isDisabled(), WAIT).toBe(false);
    // What is left on this page, in RW 2.0 terms: nothing (never the legacy form's advice about its Create button).
    expect(await page.locator('wbc-rw2-purpose [data-page-left="none"]').count()).toBe(1);
    expect(await page.locator('wbc-rw2-purpose section').textContent()).not.toMatch(/Point at it|Create Workspace/);
    const filled = await texts(page);
    expect(filled).toEqual(
      expect.arrayContaining([
        course.answers.intendedStudy,
        course.answers.scientificApproach,
        course.answers.anticipatedFindings,
        course.answers.aianResearchDetails,
        course.answers.disseminationOther,
      ]),
    );
    // The look-alike question ("How did you hear…", with its own Other) is never ours.
    expect(
      await page
        .locator('[role="dialog"] [role="checkbox"][aria-checked="true"]', { hasText: 'From my instructor' })
        .count(),
    ).toBe(0);
    expect(await flags(page)).toEqual({ submitted: false, pod: false, shared: false });

    await clickSeen(page.locator('wbc-rw2-purpose button[data-action="undo"]'));
    await expect.poll(() => createButton(page).isDisabled(), WAIT).toBe(true);
    expect((await texts(page)).filter((value) => value !== '')).toEqual([]);
    expect(await flags(page)).toEqual({ submitted: false, pod: false, shared: false });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the answer sheet beside the questions copies each answer (read back from the clipboard), by keyboard', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${RW2_DIALOG_URL}?page=4`);
    await expect.poll(() => page.locator('wbc-rw2-purpose button[data-answer]').count(), WAIT).toBe(12);
    const rows = await copyEveryAnswer(page, 'wbc-rw2-purpose');
    expect(rows.length).toBe(12);
    for (const row of rows) expect(row.copied).toBe(row.shown);
    expect(rows.map((row) => row.copied)).toEqual(
      expect.arrayContaining([
        course.answers.intendedStudy,
        course.answers.disseminationOther,
        course.answers.aianResearchDetails,
        'Educational Purpose',
      ]),
    );
    await page.close();
  });

  it('a page that only shows the question texts (a saved statement) gets no Fill panel', async () => {
    const page = await browser.context.newPage();
    // The content script runs on this site (its sharing tip on a workspace page); then the questions-only page.
    await page.goto(RW2_WORKSPACE_URL);
    await expect.poll(() => page.locator('wbc-tip-rw2-share [role="note"]').count(), WAIT).toBe(1);
    await page.goto(RW2_QUESTIONS_ONLY_URL);
    await page.waitForTimeout(500);
    expect(await page.locator('wbc-rw2-purpose').count()).toBe(0);
    await page.close();
  });

  it('after creation: a tip on sharing with the collaborator as Reader; in the sharing dialog one click puts the email in, never shares', async () => {
    const page = await browser.context.newPage();
    await page.goto(RW2_WORKSPACE_URL);
    const tip = page.locator('wbc-tip-rw2-share [role="note"]');
    await expect.poll(() => tip.count(), WAIT).toBe(1);
    expect(await tip.textContent()).toMatch(/ada\.example@researchallofus\.org as Reader/);
    await page.locator('[data-fixture="open-share"]').click();
    const put = page.locator('wbc-rw2-share-helper button[data-action="share-email"]');
    await expect.poll(() => put.count(), WAIT).toBe(1);
    await clickSeen(put);
    await expect.poll(() => page.locator('#share-email').inputValue(), WAIT).toBe(course.workspace.collaborator.email);
    expect(await flags(page)).toMatchObject({ shared: false });
    await page.close();
  });
});
