// The built extension (example course: Controlled Tier, shared with the instructor as Reader) on the Material UI
// Part 3 fixture: a tip on every step, offered text only on the trainee's click, nothing pressed, ticked or picked for
// them; progress records the data collection with its tier, and the popup shows Part 3 done.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { buildExtension } from '../support/build';
import type { ExtensionBrowser } from '../support/chromium';
import { describeInChromium } from '../support/browser-suite';
import { launchOnPart3, PART3_WORKSPACE_ID } from '../support/part3-browser';
import { watchProblems } from '../support/page-problems';
import { clickSeen, ourUi } from '../support/our-ui';
import { RW2_PART3_WORKSPACES_URL, rw2Part3WorkspaceUrl, type Part3Record } from '../fixtures/rw2-part3';

const EXAMPLE = 'courses/example-cwml-training.json';
const course = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
const WAIT = { timeout: 30_000 };
const NAME = 'Garcia_CWML_training';
const ID = PART3_WORKSPACE_ID;
const COLLABORATOR: string = course.workspace.collaborator.email;

const button = (scope: Page | Locator, name: string) => scope.getByRole('button', { name, exact: true });
const part3 = (page: Page) => page.evaluate(() => (window as unknown as { __part3: Part3Record }).__part3);
/** A tip's note (inside its shadow root, which Playwright's locators enter). */
const tip = (page: Page, id: string) => page.locator(`wbc-tip-${id} [role="note"]`);
const tipShows = (page: Page, id: string, text: string | RegExp) =>
  expect.poll(async () => ((await tip(page, id).count()) ? await tip(page, id).textContent() : ''), WAIT).toMatch(text);

async function typeInto(field: Locator, text: string) {
  await field.click();
  await field.pressSequentially(text);
  await expect.poll(() => field.inputValue(), WAIT).toBe(text);
}

/** The 8-page form, answered by hand as a trainee would (the fill itself is tested elsewhere). */
async function answerTheForm(page: Page) {
  const form = page.getByRole('dialog', { name: 'Research Use Statement' });
  await form.waitFor(WAIT);
  const next = button(form, 'Next');
  const onPage = (n: number) => expect.poll(() => form.getByText(`Page ${n} of 8`).count(), WAIT).toBe(1);
  const nextPage = async () => {
    await expect.poll(() => next.isDisabled(), WAIT).toBe(false);
    await next.click();
  };
  await onPage(1);
  await form.getByRole('checkbox', { name: 'Education', exact: true }).click();
  await nextPage();
  await onPage(2);
  await form.getByRole('textbox', { name: /^Which scientific question/ }).fill(course.answers.intendedStudy);
  await form.getByRole('textbox', { name: /^Which scientific approaches/ }).fill(course.answers.scientificApproach);
  await form
    .getByRole('textbox', { name: /^What findings do you anticipate/ })
    .fill(course.answers.anticipatedFindings);
  await nextPage();
  await onPage(3);
  await form.getByRole('checkbox', { name: 'Other', exact: true }).click();
  await form.getByRole('textbox', { name: /Name the venue/ }).fill(course.answers.disseminationOther);
  await nextPage();
  await onPage(4);
  await form.getByRole('checkbox', { name: 'None of these apply' }).click();
  await nextPage();
  await onPage(5);
  await form.getByRole('radio', { name: /^No, my study/ }).click();
  await nextPage();
  await onPage(6);
  await form.getByRole('combobox', { name: /best describes your plans/ }).click();
  await page
    .getByRole('listbox')
    .getByRole('option', { name: /^I won't run any analyses/ })
    .click();
  await form.getByRole('textbox', { name: /Explain your answer/ }).fill(course.answers.aianResearchDetails);
  await nextPage();
  await onPage(7);
  await form.getByRole('combobox', { name: 'Your answer' }).click();
  await page.getByRole('option', { name: /^No, I have no concerns/ }).click();
  await nextPage();
  await onPage(8);
  await button(form, 'Confirm').click();
  await form.waitFor({ state: 'detached', ...WAIT });
}

describeInChromium('Part 3 guided on the Researcher Workbench 2.0 fixture (Material UI), example course', () => {
  let browser: ExtensionBrowser;
  const popupState = async (step: string) => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const row = popup.locator(`[data-step="${step}"]`);
    // A finished part is folded into one line: its rows are in the popup, hidden until the part is opened.
    await row.waitFor({ ...WAIT, state: 'attached' });
    const seen = { state: await row.getAttribute('data-state'), text: (await row.textContent()) ?? '' };
    await popup.close();
    return seen;
  };

  beforeAll(async () => {
    browser = await launchOnPart3(
      process.env.EXAMPLE_EXTENSION_DIR ?? buildExtension(EXAMPLE, 'tests/.tmp/rw2-example'),
      WAIT.timeout,
    );
  });
  afterAll(() => browser?.close());

  it('a tip on each Part 3 page; data-collection-added recorded with the tier; the popup shows Part 3 done', {
    timeout: 300_000,
  }, async () => {
    const page = await browser.context.newPage();
    const problems = watchProblems(page);
    await page.goto(RW2_PART3_WORKSPACES_URL);

    // New workspace, "Enter details": the name rule, the course's summary offered, workspace ID, pod.
    await button(page, '+ New workspace').click();
    const create = page.getByRole('dialog', { name: 'New workspace' });
    await create.waitFor(WAIT);
    // The name offer asks for the last name: it sits in a closed root.
    await expect.poll(() => ourUi(page, 'wbc-rw2-name').count('button[data-action="name"]'), WAIT).toBe(1);
    await tipShows(page, 'rw2-ws-workspace-id', /leave it as it is made/);
    await tipShows(page, 'rw2-ws-pod', /initial-credits pod/);
    await tipShows(page, 'rw2-ws-summary', course.workspace.summary);
    const summary = create.getByRole('textbox', { name: 'Summary', exact: true });
    expect(await summary.inputValue()).toBe('');
    await clickSeen(tip(page, 'rw2-ws-summary').locator('button[data-action="put"]'));
    await expect.poll(() => summary.inputValue(), WAIT).toBe(course.workspace.summary);
    await typeInto(create.getByRole('textbox', { name: 'Workspace name', exact: true }), NAME);
    await expect
      .poll(() => create.getByRole('textbox', { name: 'Workspace ID', exact: true }).inputValue(), WAIT)
      .toBe(ID);
    await button(create, 'Next').click();

    // "Set policies": keep no group policy and the region.
    await tipShows(page, 'rw2-ws-group-policy', /No, don't apply policy/);
    await tipShows(page, 'rw2-ws-region', /Keep the region/);
    expect(await create.getByRole('radio', { name: "No, don't apply policy" }).isChecked()).toBe(true);
    await button(create, 'Next').click();

    // "Add description": public; the course's description offered, put in on the trainee's click.
    await tipShows(page, 'rw2-ws-description', /publicly accessible/);
    await clickSeen(tip(page, 'rw2-ws-description').locator('button[data-action="put"]'));
    await expect
      .poll(() => create.getByRole('textbox', { name: 'Description', exact: true }).inputValue(), WAIT)
      .toBe(course.workspace.description);
    await button(create, 'Create workspace').click();
    await page.waitForURL(rw2Part3WorkspaceUrl(ID), WAIT);

    // The workspace page: Resources → "+ Data from catalog"; sharing.
    await tipShows(page, 'rw2-add-data', /\+ Data from catalog.*Controlled Tier/s);
    await tipShows(page, 'rw2-share', new RegExp(`${COLLABORATOR.replace(/\./g, '\\.')} as Reader`));
    await tipShows(page, 'rw2-share', /Controlled Tier access/);
    await page.getByRole('tab', { name: 'Resources' }).click();
    await expect
      .poll(() => page.locator('wbc-tip-rw2-add-data').evaluate((host) => host.nextElementSibling?.textContent), WAIT)
      .toBe('+ Data from catalog');
    await button(page, '+ Data from catalog').click();

    // "Select collection": the course's tier named above the table; nothing chosen for the trainee.
    const catalog = page.getByRole('dialog', { name: 'Add data from catalog' });
    await catalog.waitFor(WAIT);
    await tipShows(page, 'rw2-catalog-collection', /All of Us Controlled Tier/);
    expect(await catalog.getByRole('radio', { checked: true }).count()).toBe(0);
    await catalog.getByRole('radio', { name: 'All of Us Controlled Tier' }).click();
    await button(catalog, 'Next').click();

    // "Select resources".
    await tipShows(page, 'rw2-catalog-resources', /Select all resources/);
    expect(await catalog.getByRole('checkbox', { checked: true }).count()).toBe(0);
    await catalog.getByRole('checkbox', { name: 'Select all resources' }).click();
    await button(catalog, 'Next').click();

    // "Review policies": what they mean, the form, and "I'm sure…" left to the trainee.
    await tipShows(page, 'rw2-catalog-statement', /Fill out the questions/);
    await tipShows(page, 'rw2-catalog-policies', /permanent/);
    expect(await catalog.getByRole('checkbox', { name: /^I'm sure/ }).isChecked()).toBe(false);
    await catalog.getByRole('checkbox', { name: /^I'm sure/ }).click();
    await button(catalog.getByRole('region', { name: 'Research Use Statement' }), 'Fill out the questions').click();
    await answerTheForm(page);
    await expect
      .poll(() => catalog.getByRole('region', { name: 'Research Use Statement' }).textContent(), WAIT)
      .toContain('Completed');
    await button(catalog, 'Next').click();

    // "Review selection": perimeter enrollment time, before the trainee's own "Add to your workspace".
    await tipShows(page, 'rw2-catalog-add', /30 minutes/);
    await button(catalog, 'Add to your workspace').click();
    await catalog.waitFor({ state: 'detached', ...WAIT });
    await expect.poll(() => page.getByRole('main').textContent(), WAIT).toContain('Tier: Controlled Tier');
    expect(await page.locator('wbc-tip-rw2-add-data [role="note"]').count()).toBe(0);

    // The popup: created, the statement, the data collection with its tier.
    await expect.poll(async () => (await popupState('data-collection-added')).state, WAIT).toBe('done');
    expect((await popupState('data-collection-added')).text).toContain('Controlled Tier');
    expect((await popupState('workspace-created')).state).toBe('done');
    expect((await popupState('research-use-statement')).state).toBe('done');
    expect((await popupState('workspace-shared')).state).toBe('pending');

    // Share: the email put in on the trainee's click; the role and the Share button stay theirs.
    await button(page, 'Share').click();
    const share = page.getByRole('dialog', { name: /^Share/ });
    await share.waitFor(WAIT);
    await clickSeen(page.locator('wbc-rw2-share-helper button[data-action="share-email"]'));
    await expect
      .poll(() => share.getByRole('combobox', { name: 'Add people by email' }).inputValue(), WAIT)
      .toBe(COLLABORATOR);
    expect((await part3(page)).pressed.share).toBe(0);
    await button(share, 'Share').click();
    await expect.poll(async () => (await popupState('workspace-shared')).state, WAIT).toBe('done');
    await button(share, 'Done').click();

    // Part 3 done in the popup, and every press on the page was the trainee's (this test's) own.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    for (const step of ['workspace-created', 'research-use-statement', 'data-collection-added', 'workspace-shared'])
      expect(await popup.locator(`[data-step="${step}"]`).getAttribute('data-state'), step).toBe('done');
    await popup.close();
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
      next: { workspace: 2, catalog: 3, rus: 7 },
    });
    expect(seen.workspaces).toMatchObject([
      { id: ID, pod: 'user-pod-jordan-garcia-1234', groupPolicy: 'none', region: 'us-central1' },
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
