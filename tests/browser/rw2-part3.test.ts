// Part 3 on Researcher Workbench 2.0 as it really runs (the Material UI fixture), walked by a trainee who has only the
// extension: the last name typed once, every question page of the Research Use Statement filled by the extension (one
// click on the first, then each page as it opens after the trainee's consent), every page button pressed by the
// trainee; the extension presses none (the fixture counts every press).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { buildExtension } from '../support/build';
import type { ExtensionBrowser } from '../support/chromium';
import { describeInChromium } from '../support/browser-suite';
import { launchOnPart3, PART3_WORKSPACE_ID } from '../support/part3-browser';
import { watchProblems } from '../support/page-problems';
import { clickSeen, ourUi, SEEN_MS, until } from '../support/our-ui';
import { RW2_PART3_WORKSPACES_URL, rw2Part3WorkspaceUrl, type Part3Record } from '../fixtures/rw2-part3';

// The example course: {lastName}_CWML_training, shared with ada.example@researchallofus.org as Reader.
const EXAMPLE = 'courses/example-cwml-training.json';
const course = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
const WAIT = { timeout: 15_000 };
const NAME = 'Garcia_CWML_training';
const ID = PART3_WORKSPACE_ID;

/** Presses a key on the panel's button as a trainee would: once it has been seen; again if it said it was too soon. */
async function pressSeen(page: Page, target: Locator, key: string) {
  await target.focus();
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.waitForTimeout(SEEN_MS);
    await page.keyboard.press(key);
    await page.waitForTimeout(100);
    if (!(await page.locator('wbc-rw2-purpose [data-wbc-refused]').count())) return;
  }
}

const part3 = (page: Page) => page.evaluate(() => (window as unknown as { __part3: Part3Record }).__part3);
const button = (scope: Page | Locator, name: string) => scope.getByRole('button', { name, exact: true });

describeInChromium('Part 3 on RW 2.0 (Material UI fixture): the trainee presses, the extension fills', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchOnPart3(
      process.env.EXAMPLE_EXTENSION_DIR ?? buildExtension(EXAMPLE, 'tests/.tmp/rw2-example'),
      WAIT.timeout,
    );
  });
  afterAll(() => browser?.close());

  it('new workspace → catalog → 8 pages filled by the extension → add → share as Reader', {
    timeout: 300_000,
  }, async () => {
    const page = await browser.context.newPage();
    const problems = watchProblems(page);
    let typed = 0;
    const pressed = { next: 0, back: 0, confirm: 0, create: 0, add: 0, share: 0 };
    const press = async (locator: Locator, what?: keyof typeof pressed) => {
      await locator.click();
      if (what) pressed[what] += 1;
    };
    await page.goto(RW2_PART3_WORKSPACES_URL);

    // New workspace: the course's name, with the last name typed once into the extension's offer.
    await press(button(page, '+ New workspace'));
    const create = page.getByRole('dialog', { name: 'New workspace' });
    // The offer asks for a typed value: a closed shadow root, reached as DevTools does.
    const offer = ourUi(page, 'wbc-rw2-name');
    await until(async () => (await offer.count('button[data-action="name"]')) === 1, WAIT.timeout);
    await offer.fill('input[name="wbc-last-name"]', 'Garcia');
    typed += 'Garcia'.length;
    await offer.click('button[data-action="name"]');
    const nameField = create.getByRole('textbox', { name: 'Workspace name', exact: true });
    await expect.poll(() => nameField.inputValue(), WAIT).toBe(NAME);
    await expect
      .poll(() => create.getByRole('textbox', { name: 'Workspace ID', exact: true }).inputValue(), WAIT)
      .toBe(ID);
    // Beside the whole text field, not inside its outlined box: that box keeps the height of its neighbour's.
    const placement = await create.locator('wbc-rw2-name').evaluate((host) => ({
      inBox: host.closest('.MuiInputBase-root') !== null,
      after: Boolean(host.previousElementSibling?.querySelector('input')),
      boxes: [...document.querySelectorAll('[role="dialog"] .MuiInputBase-root:not(.MuiInputBase-multiline)')]
        .slice(0, 2)
        .map((box) => Math.round(box.getBoundingClientRect().height)),
    }));
    expect(placement.inBox).toBe(false);
    expect(placement.after).toBe(true);
    expect(placement.boxes[0]).toBe(placement.boxes[1]);
    await press(button(create, 'Next'));
    await press(button(create, 'Next'));
    await press(button(create, 'Create workspace'), 'create');
    await page.waitForURL(rw2Part3WorkspaceUrl(ID), WAIT);

    // Data from catalog: the Controlled Tier, all its resources, the policies.
    await page.getByRole('tab', { name: 'Resources' }).click();
    await press(button(page, '+ Data from catalog'));
    const catalog = page.getByRole('dialog', { name: 'Add data from catalog' });
    await catalog.getByRole('radio', { name: 'All of Us Controlled Tier' }).click();
    await press(button(catalog, 'Next'));
    await catalog.getByRole('checkbox', { name: 'Select all resources' }).click();
    await press(button(catalog, 'Next'));
    const rusCard = catalog.getByRole('region', { name: 'Research Use Statement' });
    await expect.poll(() => rusCard.textContent(), WAIT).toContain('Incomplete');
    await catalog.getByRole('checkbox', { name: /^I'm sure/ }).click();
    await press(button(rusCard, 'Fill out the questions'));

    // The Research Use Statement: one question per page.
    const form = page.getByRole('dialog', { name: 'Research Use Statement' });
    const next = button(form, 'Next');
    const panel = form.locator('wbc-rw2-purpose');
    const valid = async (n: number) => {
      try {
        await expect.poll(async () => (await part3(page)).rusPagesValid[n - 1], WAIT).toBe(true);
      } catch (error) {
        // What the panel said on the page that did not become valid.
        console.log(`page ${n} not valid; answers:`, JSON.stringify((await part3(page)).answers));
        throw error;
      }
    };
    const onPage = (n: number) => expect.poll(() => form.getByText(`Page ${n} of 8`).count(), WAIT).toBe(1);

    await onPage(1);
    await panel.locator('button[data-action="fill"]').waitFor(WAIT);
    expect(await panel.locator('dd[data-field="educational"]').textContent()).toBe('Educational Purpose');
    expect((await part3(page)).rusPagesValid[0]).toBe(false);
    // Keyboard: Fill is a real button.
    await pressSeen(page, panel.locator('button[data-action="fill"]'), 'Enter');
    await valid(1);
    await panel.locator('[data-page-left="none"]').waitFor(WAIT);
    expect(await panel.locator('li[data-field="educational"]').getAttribute('data-status')).toBe('filled');
    expect(await panel.textContent()).not.toMatch(/Point at it|Create Workspace/);
    await press(next, 'next');

    // Page 2: the trainee consents (by keyboard); this page and every following one fill as they open.
    await onPage(2);
    const consent = panel.locator('button[data-action="auto-fill"]');
    await pressSeen(page, consent, 'Space');
    await expect.poll(() => consent.getAttribute('aria-checked'), WAIT).toBe('true');
    await valid(2);
    await press(next, 'next');
    for (const n of [3, 4, 5, 6, 7]) {
      await onPage(n);
      await valid(n);
      await expect.poll(() => next.isDisabled(), WAIT).toBe(false);
      await press(next, 'next');
    }

    // Page 8 "Review and confirm" only shows the answers: no panel; the trainee confirms.
    await onPage(8);
    expect(await form.locator('wbc-rw2-purpose').count()).toBe(0);
    await press(button(form, 'Confirm'), 'confirm');
    await form.waitFor({ state: 'detached', ...WAIT });
    await expect.poll(() => rusCard.textContent(), WAIT).toContain('Completed');
    await press(button(catalog, 'Next'));
    await press(button(catalog, 'Add to your workspace'), 'add');
    await catalog.waitFor({ state: 'detached', ...WAIT });

    // Share: the extension puts the instructor's email in; the trainee picks Reader and shares.
    await press(button(page, 'Share'));
    const share = page.getByRole('dialog', { name: /^Share/ });
    const email = share.getByRole('combobox', { name: 'Add people by email' });
    // A click right as the dialog fades in is refused (too soon to have been seen): the trainee clicks again.
    for (let attempt = 0; attempt < 3 && (await email.inputValue()) === ''; attempt++) {
      await clickSeen(page.locator('wbc-rw2-share-helper button[data-action="share-email"]'));
      await page.waitForTimeout(300);
    }
    await expect.poll(() => email.inputValue(), WAIT).toBe(course.workspace.collaborator.email);
    await share.getByRole('combobox', { name: /^Role/ }).click();
    await page.getByRole('listbox').getByRole('option', { name: 'Reader' }).click();
    await press(button(share, 'Share'), 'share');
    await expect
      .poll(() => share.getByRole('list', { name: 'People with access' }).textContent(), WAIT)
      .toContain(`${course.workspace.collaborator.email}Reader`);

    const seen = await part3(page);
    const answers = course.answers;
    expect(seen.workspaces.find((w) => w.id === ID)?.statement).toEqual({
      purposes: ['education'],
      otherPurpose: '',
      intendedStudy: answers.intendedStudy,
      scientificApproach: answers.scientificApproach,
      anticipatedFindings: answers.anticipatedFindings,
      dissemination: ['other'],
      otherDissemination: answers.disseminationOther,
      outcomes: ['none'],
      population: 'no',
      populationGroups: [],
      aianPlan: answers.aianResearchType,
      aianExplanation: answers.aianResearchDetails,
      requestReview: answers.requestReview ? 'yes' : 'no',
    });
    expect(seen.rusPagesValid).toEqual(Array(8).fill(true));
    // Every press the fixture counted is one the trainee made.
    expect(seen.pressed).toMatchObject({
      next: { rus: pressed.next },
      back: { workspace: 0, catalog: 0, rus: pressed.back },
      confirm: pressed.confirm,
      create: pressed.create,
      addToWorkspace: pressed.add,
      share: pressed.share,
      imSure: true,
    });
    expect(pressed).toMatchObject({ next: 7, confirm: 1, create: 1, add: 1, share: 1 });
    expect(typed).toBeLessThanOrEqual(20);
    expect(problems).toEqual([]);
    await page.close();
  });
});
