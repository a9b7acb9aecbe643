import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildExtension } from '../support/build';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { describeInChromium, WORKBENCH } from '../support/browser-suite';
import { servePages, snapshotDocument } from '../support/serve';
import { hasSnapshots } from '../support/snapshots';
import { WORKSPACE_FORM_URL, workspaceFormPages } from '../fixtures/workspace-form';

// The example course asks for {lastName}_CWML_training in the Controlled Tier: every widget kind gets driven.
const EXAMPLE = 'courses/example-cwml-training.json';
// The content script starts at document_idle in a fresh browser: allow it more than expect.poll's default second.
const WAIT = { timeout: 10_000 };

/** Page errors and our content script's warnings: a changed page must never produce either. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => (message.type() === 'error' || /workbench-companion/.test(message.text()) ? problems.push(message.text()) : undefined));
  return problems;
}

const createCursor = (page: Page) => page.evaluate(() => document.querySelector<HTMLElement>('[role="button"][aria-label="Create Workspace"]')?.style.cursor);
const pageFlags = (page: Page) => page.evaluate(() => ({ submitted: (window as any).__submitted, billing: (window as any).__billingClicked, dialog: document.querySelectorAll('[role="dialog"]').length }));
const formValues = (page: Page) =>
  page.evaluate(() => {
    const q = <E extends Element>(css: string) => document.querySelector<E>(css)!;
    return {
      name: q<HTMLInputElement>('input[data-test-id="workspace-name"]').value,
      tier: q<HTMLSelectElement>('[data-test-id="select-access-tier"] select').value,
      texts: ['#intendedStudyText', '#scientificApproachText', '#anticipatedFindingsText', '[data-test-id="otherDisseminateResearch-text"]', '#aianResearchDetails']
        .map((css) => document.querySelector<HTMLTextAreaElement>(css)?.value ?? null),
      boxes: ['#education-purpose', '[data-test-id="OTHER-checkbox"]', 'input[aria-label="None of these statements apply to this research project"]'].map((css) => q<HTMLInputElement>(css).checked),
      counter: q('[data-test-id="intendedStudyText"] [data-test-id="characterLimit"]').textContent,
      reviewNo: q<HTMLInputElement>('[data-test-id="review-request-btn-false"]').checked,
      reviewNumber: [...document.querySelectorAll('div')].some((d) => d.textContent === 'Request for Review of Research Purpose Description' && d.previousElementSibling?.textContent === '7.') ? 7 : 6,
    };
  });

describeInChromium('workspace prefill on a React page that behaves like the Workbench form', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    const dir = process.env.EXAMPLE_EXTENSION_DIR ?? buildExtension(EXAMPLE, 'tests/.tmp/workspace-prefill-example');
    browser = await launchWithExtension(dir);
    await servePages(browser.context, workspaceFormPages({ aian: true }));
  });
  afterAll(() => browser?.close());

  it('the fixture ignores a naive value write, as the Workbench does', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${WORKSPACE_FORM_URL}?aian=1`);
    await page.locator('#intendedStudyText').waitFor();
    const counter = await page.evaluate(() => {
      const area = document.querySelector<HTMLTextAreaElement>('#intendedStudyText')!;
      area.value = 'typed by a script';
      area.dispatchEvent(new Event('input', { bubbles: true }));
      return document.querySelector('[data-test-id="characterLimit"]')!.textContent;
    });
    expect(counter).toBe('1000 characters remaining');
    expect(await createCursor(page)).toBe('not-allowed');
    await page.close();
  });

  it('AI/AN layout (review = Q7): last name asked once, one click enables the page’s own Create Workspace; Undo empties it again', async () => {
    const page = await browser.context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${WORKSPACE_FORM_URL}?aian=1`);
    const fill = page.locator('wbc-ws-prefill button[data-action="fill"]');
    await expect.poll(() => fill.isDisabled(), WAIT).toBe(true);
    await page.locator('wbc-ws-prefill input[name="wbc-last-name"]').fill('Garcia');
    await fill.click();

    await expect.poll(() => createCursor(page), WAIT).toBe('pointer');
    expect(await page.locator('wbc-ws-prefill [data-create="enabled"]').count()).toBe(1);
    const filled = await formValues(page);
    expect(filled).toMatchObject({ name: 'Garcia_CWML_training', tier: 'controlled', boxes: [true, true, true], reviewNo: true, reviewNumber: 7 });
    expect(filled.texts.every((text) => text && text.length > 20)).toBe(true);
    expect(filled.counter).not.toBe('1000 characters remaining');
    expect(await page.locator('wbc-ws-prefill li[data-field="aianType"][data-status="filled"]').count()).toBe(1);
    expect(await page.locator('wbc-ws-prefill li[data-field="review"]').textContent()).toContain('Question 7');
    expect(await page.locator('wbc-ws-prefill li[data-status]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')))).toEqual(Array(13).fill('filled'));

    await page.locator('wbc-ws-prefill button[data-action="undo"]').click();
    await expect.poll(() => createCursor(page), WAIT).toBe('not-allowed');
    const undone = await formValues(page);
    expect(undone).toMatchObject({ name: '', tier: 'registered', boxes: [false, false, false], counter: '1000 characters remaining' });
    expect(undone.texts).toEqual(['', '', '', '', '']);
    expect(await page.locator('wbc-ws-prefill li[data-field="review"]').getAttribute('data-undo')).toBe('cannot-clear');
    // The Workbench's own tooltip says what is missing again.
    await expect.poll(() => page.locator('wbc-ws-prefill [data-create="disabled"] li').allTextContents(), WAIT).toContain('Name cannot be blank');
    expect(await pageFlags(page)).toEqual({ submitted: undefined, billing: undefined, dialog: 0 });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('layout without AI/AN (review = Q6) works too; the stored last name is reused', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${WORKSPACE_FORM_URL}?aian=0`);
    await expect.poll(() => page.locator('wbc-ws-prefill section').textContent(), WAIT).toContain('Garcia_CWML_training');
    expect(await page.locator('#aianResearchDetails').count()).toBe(0);
    // Keyboard only: the panel's controls are real buttons.
    await page.locator('wbc-ws-prefill button[data-action="fill"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => createCursor(page), WAIT).toBe('pointer');
    expect((await formValues(page)).reviewNumber).toBe(6);
    expect(await page.locator('wbc-ws-prefill li[data-field="review"]').textContent()).toContain('Question 6');
    expect(await page.locator('wbc-ws-prefill li[data-field^="aian"]').count()).toBe(0);
    expect(await pageFlags(page)).toEqual({ submitted: undefined, billing: undefined, dialog: 0 });
    await page.close();
  });

  it("keeps the trainee's own text unless they confirm overwrite", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${WORKSPACE_FORM_URL}?aian=1`);
    await page.locator('#intendedStudyText').fill('My own words about the study');
    await page.locator('wbc-ws-prefill button[data-action="fill"]').click();
    await expect.poll(() => page.locator('wbc-ws-prefill li[data-field="intendedStudy"]').getAttribute('data-status'), WAIT).toBe('kept-user');
    expect(await page.locator('#intendedStudyText').inputValue()).toBe('My own words about the study');
    await page.locator('wbc-ws-prefill button[data-action="overwrite"]').click();
    await expect.poll(() => page.locator('wbc-ws-prefill li[data-field="intendedStudy"]').getAttribute('data-status'), WAIT).toBe('filled');
    expect(await page.locator('#intendedStudyText').inputValue()).not.toBe('My own words about the study');
    expect(await createCursor(page)).toBe('pointer');
    // The fixture really validates: taking back the Q4 answer disables Create again, and its tooltip says why.
    const none = page.locator('input[aria-label="None of these statements apply to this research project"]');
    await none.click();
    expect(await createCursor(page)).toBe('not-allowed');
    await page.locator('[role="button"][aria-label="Create Workspace"]').hover();
    expect(await page.locator('#popup-root li').allTextContents()).toEqual([' You must specify the outcome of the research (Question 4)']);
    await none.click();
    expect(await createCursor(page)).toBe('pointer');
    expect(await pageFlags(page)).toEqual({ submitted: undefined, billing: undefined, dialog: 0 });
    await page.close();
  });

  it.runIf(hasSnapshots)('mounts its panel in an open shadow root on the real Create page snapshot', async () => {
    const page = await browser.context.newPage();
    const problems = watchProblems(page);
    await page.route(`${WORKBENCH}/workspaces/build`, (route) => route.fulfill({ contentType: 'text/html', body: snapshotDocument('workspace-edit-create-initial.html') }));
    await page.goto(`${WORKBENCH}/workspaces/build`);
    await expect.poll(() => page.evaluate(() => document.querySelector('wbc-ws-prefill')?.shadowRoot?.mode), WAIT).toBe('open');
    expect(await page.locator('wbc-ws-prefill button[data-action="fill"]').count()).toBe(1);
    await expect.poll(() => page.locator('wbc-ws-billing [role="note"]').count(), WAIT).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
