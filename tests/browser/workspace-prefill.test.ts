import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildExtension, legacyCourse } from '../support/build';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { describeInChromium, WORKBENCH } from '../support/browser-suite';
import { servePages, snapshotDocument } from '../support/serve';
import { hasSnapshots } from '../support/snapshots';
import { ourUi, SEEN_MS } from '../support/our-ui';
import { watchProblems } from '../support/page-problems';
import { WORKSPACE_FORM_URL, workspaceFormPages } from '../fixtures/workspace-form';

// The example course asks for {lastName}_CWML_training in the Controlled Tier: every widget kind gets driven.
const EXAMPLE = 'courses/example-cwml-training.json';
// A fresh browser is slow to start the content script: allow it more than expect.poll's default second.
const WAIT = { timeout: 10_000 };

const createCursor = (page: Page) =>
  page.evaluate(
    () => document.querySelector<HTMLElement>('[role="button"][aria-label="Create Workspace"]')?.style.cursor,
  );
const pageFlags = (page: Page) =>
  page.evaluate(() => {
    const marks = window as unknown as { __submitted?: boolean; __billingClicked?: boolean };
    return {
      submitted: marks.__submitted,
      billing: marks.__billingClicked,
      dialog: document.querySelectorAll('[role="dialog"]').length,
    };
  });
const formValues = (page: Page) =>
  page.evaluate(() => {
    const q = <E extends Element>(css: string) => document.querySelector<E>(css)!;
    return {
      name: q<HTMLInputElement>('input[data-test-id="workspace-name"]').value,
      tier: q<HTMLSelectElement>('[data-test-id="select-access-tier"] select').value,
      texts: [
        '#intendedStudyText',
        '#scientificApproachText',
        '#anticipatedFindingsText',
        '[data-test-id="otherDisseminateResearch-text"]',
        '#aianResearchDetails',
      ].map((css) => document.querySelector<HTMLTextAreaElement>(css)?.value ?? null),
      boxes: [
        '#education-purpose',
        '[data-test-id="OTHER-checkbox"]',
        'input[aria-label="None of these statements apply to this research project"]',
      ].map((css) => q<HTMLInputElement>(css).checked),
      counter: q('[data-test-id="intendedStudyText"] [data-test-id="characterLimit"]').textContent,
      reviewNo: q<HTMLInputElement>('[data-test-id="review-request-btn-false"]').checked,
      reviewNumber: [...document.querySelectorAll('div')].some(
        (d) =>
          d.textContent === 'Request for Review of Research Purpose Description' &&
          d.previousElementSibling?.textContent === '7.',
      )
        ? 7
        : 6,
    };
  });

describeInChromium('workspace prefill on a React page that behaves like the Workbench form', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    const dir = buildExtension(legacyCourse(EXAMPLE), 'tests/.tmp/workspace-prefill-example');
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
    const panel = ourUi(page, 'wbc-ws-prefill');
    await expect.poll(() => panel.disabled('button[data-action="fill"]'), WAIT).toBe(true);
    await panel.fill('input[name="wbc-last-name"]', 'Garcia');
    await panel.click('button[data-action="fill"]');

    await expect.poll(() => createCursor(page), WAIT).toBe('pointer');
    expect(await panel.count('[data-create="enabled"]')).toBe(1);
    const filled = await formValues(page);
    expect(filled).toMatchObject({
      name: 'Garcia_CWML_training',
      tier: 'controlled',
      boxes: [true, true, true],
      reviewNo: true,
      reviewNumber: 7,
    });
    expect(filled.texts.every((text) => text && text.length > 20)).toBe(true);
    expect(filled.counter).not.toBe('1000 characters remaining');
    expect(await panel.count('li[data-field="aianType"][data-status="filled"]')).toBe(1);
    expect(await panel.text('li[data-field="review"]')).toContain('Question 7');
    expect(await panel.attrs('li[data-status]', 'data-status')).toEqual(Array(13).fill('filled'));

    await panel.click('button[data-action="undo"]');
    await expect.poll(() => createCursor(page), WAIT).toBe('not-allowed');
    const undone = await formValues(page);
    expect(undone).toMatchObject({
      name: '',
      tier: 'registered',
      boxes: [false, false, false],
      counter: '1000 characters remaining',
    });
    expect(undone.texts).toEqual(['', '', '', '', '']);
    expect(await panel.attr('li[data-field="review"]', 'data-undo')).toBe('cannot-clear');
    // The Workbench's own tooltip says what is missing again.
    await expect.poll(() => panel.texts('[data-create="disabled"] li'), WAIT).toContain('Name cannot be blank');
    expect(await pageFlags(page)).toEqual({ submitted: undefined, billing: undefined, dialog: 0 });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('layout without AI/AN (review = Q6) works too; the stored last name is reused', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${WORKSPACE_FORM_URL}?aian=0`);
    const panel = ourUi(page, 'wbc-ws-prefill');
    await expect.poll(() => panel.text('section'), WAIT).toContain('Garcia_CWML_training');
    expect(await page.locator('#aianResearchDetails').count()).toBe(0);
    // Keyboard only: the panel's controls are real buttons.
    await panel.focus('button[data-action="fill"]');
    await page.waitForTimeout(SEEN_MS);
    await page.keyboard.press('Enter');
    await expect.poll(() => createCursor(page), WAIT).toBe('pointer');
    expect((await formValues(page)).reviewNumber).toBe(6);
    expect(await panel.text('li[data-field="review"]')).toContain('Question 6');
    expect(await panel.count('li[data-field^="aian"]')).toBe(0);
    expect(await pageFlags(page)).toEqual({ submitted: undefined, billing: undefined, dialog: 0 });
    await page.close();
  });

  it('a page script can neither read the stored last name nor click Fill (closed shadow root, untrusted input ignored)', async () => {
    // A last name no text of ours contains ("Garcia" is the tips' own example).
    await browser.worker.evaluate(() =>
      (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome.storage.local.set({
        traineeLastName: 'Okonkwo',
      }),
    );
    const page = await browser.context.newPage();
    await page.goto(`${WORKSPACE_FORM_URL}?aian=1`);
    const panel = ourUi(page, 'wbc-ws-prefill');
    // The trainee sees the name built from it.
    await expect.poll(() => panel.text('section'), WAIT).toContain('Okonkwo_CWML_training');
    await page.locator('[data-wbc-tip="ws-name"]').waitFor({ state: 'attached', timeout: 10_000 });
    const reach = await page.evaluate(() => {
      // Everything a page script can read: the document, every open shadow root, every field's value.
      const seen: string[] = [document.documentElement.textContent ?? ''];
      const walk = (root: Document | ShadowRoot) => {
        for (const element of root.querySelectorAll('*')) {
          if ('value' in element) seen.push(String((element as HTMLInputElement).value));
          if (element.shadowRoot) {
            seen.push(element.shadowRoot.textContent ?? '');
            walk(element.shadowRoot);
          }
        }
      };
      walk(document);
      // And everything it can do to reach the Fill button: the host is all it gets.
      const host = document.querySelector<HTMLElement>('wbc-ws-prefill')!;
      host.click();
      host.focus();
      for (const type of ['keydown', 'keypress', 'keyup'])
        host.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', bubbles: true, composed: true }));
      const box = host.getBoundingClientRect();
      (document.elementFromPoint(box.left + 20, box.top + box.height / 2) as HTMLElement | null)?.click();
      return { seen: seen.join('\n'), root: host.shadowRoot };
    });
    expect(reach.root).toBeNull();
    expect(reach.seen).not.toContain('Okonkwo');
    // Control: the same walk does read inside our open roots (a tip's title).
    expect(reach.seen).toContain(await page.locator('[data-wbc-tip="ws-name"] .wbc-tip-title').textContent());
    await page.waitForTimeout(300);
    expect((await formValues(page)).name).toBe('');
    expect(await panel.count('li[data-status]')).toBe(0);
    await page.close();
  });

  it("keeps the trainee's own text unless they confirm overwrite", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${WORKSPACE_FORM_URL}?aian=1`);
    await page.locator('#intendedStudyText').fill('My own words about the study');
    const panel = ourUi(page, 'wbc-ws-prefill');
    await panel.click('button[data-action="fill"]');
    await expect.poll(() => panel.attr('li[data-field="intendedStudy"]', 'data-status'), WAIT).toBe('kept-user');
    expect(await page.locator('#intendedStudyText').inputValue()).toBe('My own words about the study');
    await panel.click('button[data-action="overwrite"]');
    await expect.poll(() => panel.attr('li[data-field="intendedStudy"]', 'data-status'), WAIT).toBe('filled');
    expect(await page.locator('#intendedStudyText').inputValue()).not.toBe('My own words about the study');
    expect(await createCursor(page)).toBe('pointer');
    // The fixture really validates: taking back the Q4 answer disables Create again, and its tooltip says why.
    const none = page.locator('input[aria-label="None of these statements apply to this research project"]');
    await none.click();
    expect(await createCursor(page)).toBe('not-allowed');
    const create = page.locator('[role="button"][aria-label="Create Workspace"]');
    // The tooltip renders after the hover's own React update; hover again on each look, as a layout change under
    // load can move the button from under a pointer that no longer fires mouseover.
    await expect
      .poll(async () => {
        await create.hover();
        return page.locator('#popup-root li').allTextContents();
      }, WAIT)
      .toEqual([' You must specify the outcome of the research (Question 4)']);
    await none.click();
    expect(await createCursor(page)).toBe('pointer');
    expect(await pageFlags(page)).toEqual({ submitted: undefined, billing: undefined, dialog: 0 });
    await page.close();
  });

  it.runIf(hasSnapshots)('mounts its panel in a closed shadow root on the real Create page snapshot', async () => {
    const page = await browser.context.newPage();
    const problems = watchProblems(page);
    await page.route(`${WORKBENCH}/workspaces/build`, (route) =>
      route.fulfill({ contentType: 'text/html', body: snapshotDocument('workspace-edit-create-initial.html') }),
    );
    await page.goto(`${WORKBENCH}/workspaces/build`);
    await expect.poll(() => ourUi(page, 'wbc-ws-prefill').count('button[data-action="fill"]'), WAIT).toBe(1);
    expect(await page.evaluate(() => document.querySelector('wbc-ws-prefill')?.shadowRoot)).toBeNull();
    await expect.poll(() => page.locator('wbc-ws-billing [role="note"]').count(), WAIT).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
