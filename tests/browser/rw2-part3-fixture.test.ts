// The Researcher Workbench 2.0 Part 3 fixture (real MUI) driven end to end like a trainee: real keyboard and mouse,
// waiting on conditions only (the machine may be heavily loaded), with the built extension loaded.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../support/chromium';
import { describeInChromium } from '../support/browser-suite';
import { launchOnPart3, PART3_WORKSPACE_ID } from '../support/part3-browser';
import { servePages } from '../support/serve';
import { watchProblems } from '../support/page-problems';
import {
  RW2_PART3_SEED_ID,
  RW2_PART3_WORKSPACES_URL,
  rw2Part3Pages,
  rw2Part3StatementUrl,
  rw2Part3WorkspaceUrl,
  type Part3Record,
} from '../fixtures/rw2-part3';

const WAIT = { timeout: 30_000 };
const NAME = 'Garcia_CWML_training';
const ID = PART3_WORKSPACE_ID;
const COLLABORATOR = 'ada.example@researchallofus.org';
const QUESTION =
  'Students learn to ask a question of the All of Us data: how to reach it, prepare it and analyse it, building skills for later.';
const APPROACH =
  'Instructor-led exercises: cohorts, datasets from the Controlled Tier data and example analyses in notebooks with Python and R.';
const FINDINGS =
  'No findings are expected: the course prepares students to use the data and tools correctly for their future research work.';
const SUMMARY = [QUESTION, APPROACH, FINDINGS];
const AIAN_EXPLANATION = 'Course exercises only: no analysis here yields findings specific to AI/AN populations.';

const button = (scope: Page | Locator, name: string) => scope.getByRole('button', { name, exact: true });
const part3 = (page: Page) => page.evaluate(() => (window as unknown as { __part3: Part3Record }).__part3);

/** Types like a person: a click into the field, then one key at a time. */
async function typeInto(field: Locator, text: string) {
  await field.click();
  await field.pressSequentially(text);
  await expect.poll(() => field.inputValue(), WAIT).toBe(text);
}

/** Opens an MUI Select and clicks the option (its listbox is portaled to <body>). */
async function pick(page: Page, combobox: Locator, option: string | RegExp) {
  await combobox.click();
  const listbox = page.getByRole('listbox');
  await listbox.waitFor(WAIT);
  await listbox.getByRole('option', { name: option }).click();
  await listbox.waitFor({ state: 'detached', ...WAIT });
}

describeInChromium('Researcher Workbench 2.0 Part 3 fixture (Material UI), a scripted trainee', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchOnPart3(inject('extensionDir'), WAIT.timeout);
  });
  afterAll(() => browser?.close());

  it('new workspace → data from catalog → the 8-page Research Use Statement → add to the workspace → share as Reader → view statement', {
    timeout: 300_000,
  }, async () => {
    const page = await browser.context.newPage();
    const problems = watchProblems(page);
    await page.goto(RW2_PART3_WORKSPACES_URL);

    // 1. "+ New workspace": Enter details → Set policies → Add description → Create workspace.
    await button(page, '+ New workspace').click();
    const create = page.getByRole('dialog', { name: 'New workspace' });
    await create.waitFor(WAIT);
    await expect.poll(() => button(create, 'Next').isDisabled(), WAIT).toBe(true);
    await typeInto(create.getByRole('textbox', { name: 'Workspace name', exact: true }), NAME);
    await expect
      .poll(() => create.getByRole('textbox', { name: 'Workspace ID', exact: true }).inputValue(), WAIT)
      .toBe(ID);
    await typeInto(create.getByRole('textbox', { name: 'Summary', exact: true }), 'Training workspace');
    expect(await create.getByRole('combobox', { name: /^Pod/ }).textContent()).toContain('user-pod-jordan-garcia-1234');
    await button(create, 'Next').click();
    await expect.poll(() => create.getByRole('radio', { name: "No, don't apply policy" }).isChecked(), WAIT).toBe(true);
    await pick(page, create.getByRole('combobox', { name: /^Region/ }), /^us-central1/);
    await button(create, 'Back').click();
    await create.getByRole('textbox', { name: 'Workspace name', exact: true }).waitFor(WAIT);
    await button(create, 'Next').click();
    await button(create, 'Next').click();
    await typeInto(create.getByRole('textbox', { name: 'Description', exact: true }), 'A course workspace.');
    await button(create, 'Create workspace').click();
    await page.waitForURL(rw2Part3WorkspaceUrl(ID), WAIT);

    // 2. The workspace page.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), WAIT).toBe(NAME);
    expect(await page.getByText('0 resources', { exact: true }).count()).toBe(1);
    expect(await page.getByText('0 active policies', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Overview', 'Resources', 'Apps', 'Workflows']);
    expect(await button(page, 'Edit').count()).toBe(1);
    await page.getByRole('tab', { name: 'Resources' }).click();
    await button(page, '+ Data from catalog').click();

    // 3. Data from catalog: Select collection → Select resources → Review policies.
    const catalog = page.getByRole('dialog', { name: 'Add data from catalog' });
    await catalog.waitFor(WAIT);
    await expect.poll(() => button(catalog, 'Next').isDisabled(), WAIT).toBe(true);
    expect(await catalog.getByRole('row', { name: /Controlled Tier/ }).textContent()).toContain('Perimeter required');
    await catalog.getByRole('radio', { name: 'All of Us Controlled Tier' }).click();
    await button(catalog, 'Next').click();
    await catalog.getByRole('checkbox', { name: 'Select all resources' }).click();
    await expect.poll(() => catalog.getByRole('checkbox', { checked: true }).count(), WAIT).toBe(4);
    await button(catalog, 'Next').click();
    const rusCard = catalog.getByRole('region', { name: 'Research Use Statement' });
    await expect.poll(() => rusCard.textContent(), WAIT).toContain('Incomplete');
    expect(await catalog.getByRole('region').count()).toBe(6);
    await catalog.getByRole('checkbox', { name: /^I'm sure/ }).click();
    await expect.poll(async () => (await part3(page)).pressed.imSure, WAIT).toBe(true);
    expect(await button(catalog, 'Next').isDisabled()).toBe(true);
    await button(rusCard, 'Fill out the questions').click();

    // 4. The Research Use Statement: one question per page, Next disabled until the page is valid.
    const form = page.getByRole('dialog', { name: 'Research Use Statement' });
    await form.waitFor(WAIT);
    const next = button(form, 'Next');
    const onPage = (n: number) => expect.poll(() => form.getByText(`Page ${n} of 8`).count(), WAIT).toBe(1);

    await onPage(1);
    expect(await next.isDisabled()).toBe(true);
    await form.getByRole('checkbox', { name: 'Education', exact: true }).click();
    await expect.poll(() => next.isDisabled(), WAIT).toBe(false);
    await next.click();

    await onPage(2);
    const question = form.getByRole('textbox', { name: /^Which scientific question/ });
    const approach = form.getByRole('textbox', { name: /^Which scientific approaches/ });
    const findings = form.getByRole('textbox', { name: /^What findings do you anticipate/ });
    expect(await question.evaluate((el) => el.tagName)).toBe('TEXTAREA');
    await typeInto(question, 'x'.repeat(50));
    await expect.poll(() => form.getByText(/Write at least 100 characters/).count(), WAIT).toBe(1);
    await typeInto(approach, APPROACH);
    await typeInto(findings, FINDINGS);
    expect(await next.isDisabled()).toBe(true);
    expect((await part3(page)).rusPagesValid[1]).toBe(false);
    // React owns the value: one set through the DOM without input events is gone at the next render.
    await approach.evaluate((el) => {
      (el as HTMLTextAreaElement).value = 'set behind React’s back';
    });
    expect(await approach.inputValue()).toBe('set behind React’s back');
    await findings.press('End');
    await findings.press('!');
    await expect.poll(() => approach.inputValue(), WAIT).toBe(APPROACH);
    expect((await part3(page)).answers?.scientificApproach).toBe(APPROACH);
    await findings.press('Backspace');
    await question.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await typeInto(question, QUESTION);
    await expect.poll(() => next.isDisabled(), WAIT).toBe(false);
    expect((await part3(page)).rusPagesValid.slice(0, 2)).toEqual([true, true]);
    await next.click();

    await onPage(3);
    expect(await form.getByRole('textbox').count()).toBe(0);
    await form.getByRole('checkbox', { name: 'Other', exact: true }).click();
    const venue = form.getByRole('textbox', { name: /Name the venue/ });
    await venue.waitFor(WAIT);
    expect(await next.isDisabled()).toBe(true);
    await typeInto(venue, 'Class presentation');
    await expect.poll(() => next.isDisabled(), WAIT).toBe(false);
    await next.click();

    await onPage(4);
    await form.getByRole('checkbox', { name: 'None of these apply' }).click();
    await expect.poll(() => next.isDisabled(), WAIT).toBe(false);
    await next.click();

    await onPage(5);
    expect(await next.isDisabled()).toBe(true);
    await form.getByRole('radio', { name: /^No, my study/ }).click();
    await expect.poll(() => next.isDisabled(), WAIT).toBe(false);
    await next.click();

    await onPage(6);
    const plan = form.getByRole('combobox', { name: /best describes your plans/ });
    await plan.click();
    const listbox = page.getByRole('listbox');
    await listbox.waitFor(WAIT);
    // The listbox is portaled: outside the dialog.
    expect(
      await listbox.evaluate(
        (el) => el.closest('[role="dialog"], .MuiDialog-root') === null && el.closest('body > *') !== null,
      ),
    ).toBe(true);
    expect(await listbox.getByRole('option').count()).toBe(4);
    await listbox.getByRole('option', { name: /^I won't run any analyses/ }).click();
    await listbox.waitFor({ state: 'detached', ...WAIT });
    expect(await next.isDisabled()).toBe(true);
    await typeInto(form.getByRole('textbox', { name: /Explain your answer/ }), AIAN_EXPLANATION);
    await expect.poll(() => next.isDisabled(), WAIT).toBe(false);
    await next.click();

    await onPage(7);
    expect(await next.isDisabled()).toBe(true);
    await form.getByRole('combobox', { name: 'Your answer' }).click();
    await page.keyboard.type('No');
    await page.getByRole('option', { name: /^No, I have no concerns/ }).click();
    await expect.poll(() => next.isDisabled(), WAIT).toBe(false);
    await next.click();

    await onPage(8);
    expect(await form.getByRole('heading', { name: 'Review and confirm' }).count()).toBe(1);
    expect(await form.getByText('Publicly displayed', { exact: true }).count()).toBe(4);
    expect(await form.getByRole('textbox').count()).toBe(0);
    const review = (await form.textContent()) ?? '';
    for (const text of [...SUMMARY, 'Education', 'Class presentation', 'None of these apply', AIAN_EXPLANATION])
      expect(review).toContain(text);
    await button(form, 'Confirm').click();
    await form.waitFor({ state: 'detached', ...WAIT });

    // 5. Back in the catalog: Completed, then Review selection → Add to your workspace.
    await expect.poll(() => rusCard.textContent(), WAIT).toContain('Completed');
    await expect.poll(() => button(catalog, 'Next').isDisabled(), WAIT).toBe(false);
    await button(catalog, 'Next').click();
    await button(catalog, 'Add to your workspace').click();
    await catalog.waitFor({ state: 'detached', ...WAIT });
    await expect.poll(() => page.getByText('3 resources', { exact: true }).count(), WAIT).toBe(1);
    expect(await page.getByText('6 active policies', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('main').textContent()).toContain('Tier: Controlled Tier');
    expect(await button(page.getByRole('region', { name: 'Policies' }), 'View statement').count()).toBe(1);

    // 6. Share with the instructor as Reader.
    await button(page, 'Share').click();
    const share = page.getByRole('dialog', { name: /^Share/ });
    await share.waitFor(WAIT);
    await typeInto(share.getByRole('combobox', { name: 'Add people by email' }), COLLABORATOR);
    await pick(page, share.getByRole('combobox', { name: /^Role/ }), 'Writer');
    await pick(page, share.getByRole('combobox', { name: /^Role/ }), 'Reader');
    await button(share, 'Share').click();
    const people = share.getByRole('list', { name: 'People with access' });
    await expect.poll(() => people.textContent(), WAIT).toContain(`${COLLABORATOR}Reader`);
    await button(share, 'Done').click();
    await share.waitFor({ state: 'detached', ...WAIT });

    // 7. "View statement": the answers, read-only.
    await button(page, 'View statement').click();
    await page.waitForURL(rw2Part3StatementUrl(ID), WAIT);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), WAIT).toBe('Research Use Statement');
    expect(await page.getByRole('main').textContent()).toContain(FINDINGS);
    expect(await page.locator('main input, main textarea, main [role="combobox"]').count()).toBe(0);

    // 8. What the page recorded, and that tests cannot change it.
    const seen = await part3(page);
    expect(seen.pressed).toMatchObject({
      newWorkspace: 1,
      create: 1,
      dataFromCatalog: 1,
      fillOutQuestions: 1,
      confirm: 1,
      imSure: true,
      addToWorkspace: 1,
      openShare: 1,
      share: 1,
      viewStatement: 1,
      next: { workspace: 3, catalog: 3, rus: 7 },
      back: { workspace: 1, catalog: 0, rus: 0 },
    });
    expect(seen.rusPagesValid).toEqual(Array(8).fill(true));
    expect(seen.rusStatus).toBe('Completed');
    expect(seen.answers).toMatchObject({
      purposes: ['education'],
      intendedStudy: QUESTION,
      scientificApproach: APPROACH,
      anticipatedFindings: FINDINGS,
      dissemination: ['other'],
      otherDissemination: 'Class presentation',
      outcomes: ['none'],
      population: 'no',
      aianPlan: 'NO_AI_AN_ANALYSIS',
      aianExplanation: AIAN_EXPLANATION,
      requestReview: 'no',
    });
    expect(seen.workspaces).toMatchObject([
      {
        id: ID,
        name: NAME,
        pod: 'user-pod-jordan-garcia-1234',
        groupPolicy: 'none',
        region: 'us-central1',
        collection: { tier: 'controlled' },
        collaborators: [{ email: COLLABORATOR, role: 'Reader' }],
      },
    ]);
    const tampered = await page.evaluate(() => {
      const replaced = Reflect.set(window, '__part3', {});
      const record = (window as unknown as { __part3: { pressed: { create: number } } }).__part3;
      const changed = Reflect.set(record.pressed, 'create', 99);
      return { replaced, changed, create: record.pressed.create };
    });
    expect(tampered).toEqual({ replaced: false, changed: false, create: 1 });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('MUI ids are random per load; a Registered Tier trainee cannot pick the Controlled Tier', async () => {
    const page = await browser.context.newPage();
    const nameId = async () => {
      await page.goto(RW2_PART3_WORKSPACES_URL);
      await button(page, '+ New workspace').click();
      return page.getByRole('textbox', { name: 'Workspace name', exact: true }).getAttribute('id');
    };
    const first = await nameId();
    const second = await nameId();
    expect(first).toBeTruthy();
    expect(second).not.toBe(first);
    await page.close();

    await browser.context.unrouteAll();
    await servePages(
      browser.context,
      rw2Part3Pages({ tier: 'registered', seed: 'workspace', start: `/workspaces/${RW2_PART3_SEED_ID}` }),
    );
    const registered = await browser.context.newPage();
    await registered.goto(`${new URL(RW2_PART3_WORKSPACES_URL).origin}/`);
    await registered.waitForURL(rw2Part3WorkspaceUrl(RW2_PART3_SEED_ID), WAIT);
    await registered.getByRole('tab', { name: 'Resources' }).click();
    await button(registered, '+ Data from catalog').click();
    const catalog = registered.getByRole('dialog', { name: 'Add data from catalog' });
    await catalog.waitFor(WAIT);
    expect(await catalog.getByRole('radio', { name: 'All of Us Controlled Tier' }).isDisabled()).toBe(true);
    expect(await catalog.getByRole('row', { name: /Controlled Tier/ }).textContent()).toContain('No access');
    await registered.close();
  });

  it('options: the form opened at load on a given page; a seeded statement loads directly, read-only', async () => {
    await browser.context.unrouteAll();
    await servePages(
      browser.context,
      rw2Part3Pages({ tier: 'controlled', open: 'research-use-statement', rusPage: 6 }),
    );
    const page = await browser.context.newPage();
    await page.goto(rw2Part3WorkspaceUrl(RW2_PART3_SEED_ID));
    const form = page.getByRole('dialog', { name: 'Research Use Statement' });
    await expect.poll(() => form.getByText('Page 6 of 8').count(), WAIT).toBe(1);
    await pick(
      page,
      form.getByRole('combobox', { name: /best describes your plans/ }),
      /^My study population will consist only/,
    );
    expect((await part3(page)).answers?.aianPlan).toBe('EXCLUSIVE_AI_AN_POPULATION');
    await page.close();

    await browser.context.unrouteAll();
    await servePages(browser.context, rw2Part3Pages({ seed: 'workspace-with-data' }));
    const statement = await browser.context.newPage();
    await statement.goto(rw2Part3StatementUrl(RW2_PART3_SEED_ID));
    await expect.poll(() => statement.getByText('Publicly displayed', { exact: true }).count(), WAIT).toBe(4);
    expect(await statement.getByRole('main').textContent()).toContain('Education');
    expect(await statement.locator('main input, main textarea, main [role="combobox"]').count()).toBe(0);
    await statement.close();
  });
});
