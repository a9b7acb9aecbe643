// What the trainee types into our UI is out of the page's reach on both sites: every UI that asks for a typed value
// is in a closed shadow root, and nothing typed is mirrored into an attribute. A page script reads all it can.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { describeInChromium } from '../support/browser-suite';
import { servePages } from '../support/serve';
import { ourUi } from '../support/our-ui';
import { WORKSPACE_FORM_URL, workspaceFormPages } from '../fixtures/workspace-form';
import { RW2_DIALOG_URL, rw2DialogPages } from '../fixtures/rw2-workspace-dialog';

const WAIT = { timeout: 10_000 };
// A last name no text of ours contains.
const TYPED = 'Okonkwo';

/** Everything a page script can read without a click: texts, field values and attributes, in every open root. */
const readable = (page: Page) =>
  page.evaluate(() => {
    const seen: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        seen.push(element.textContent ?? '');
        if ('value' in element) seen.push(String((element as HTMLInputElement).value));
        for (const attribute of element.attributes) seen.push(attribute.value);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return seen.join('\n');
  });

/** A page script's keylogger: capture listeners on window and document for every key and every text put in. */
const listenLikeAKeylogger = (page: Page) =>
  page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { __heard: string[] }).__heard = heard;
    for (const target of [window, document])
      for (const type of [
        'keydown',
        'keypress',
        'keyup',
        'beforeinput',
        'input',
        'textInput',
        'compositionend',
        'paste',
      ])
        target.addEventListener(
          type,
          (event) => {
            const { key, data } = event as KeyboardEvent & InputEvent;
            if (type === 'keypress' && key) heard.push(key);
            else if (type === 'input' && data) heard.push(data);
          },
          true,
        );
  });
const heardByPage = (page: Page) => page.evaluate(() => (window as unknown as { __heard: string[] }).__heard.join(''));

describeInChromium('typed values stay out of the page', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension(inject('legacyExtensionDir'));
    await servePages(browser.context, { ...workspaceFormPages({ aian: false }), ...rw2DialogPages({ aian: true }) });
  });
  afterAll(() => browser?.close());

  it('legacy form: the last name typed into the prefill panel', async () => {
    const page = await browser.context.newPage();
    await page.goto(WORKSPACE_FORM_URL);
    const panel = ourUi(page, 'wbc-ws-prefill');
    await expect.poll(() => panel.count('input[name="wbc-last-name"]'), WAIT).toBe(1);
    await panel.fill('input[name="wbc-last-name"]', TYPED);
    expect(await panel.disabled('button[data-action="fill"]')).toBe(false);
    expect(await page.evaluate(() => document.querySelector('wbc-ws-prefill')!.shadowRoot)).toBeNull();
    expect(await readable(page)).not.toContain(TYPED);
    await page.close();
  });

  it('RW 2.0: the last name typed into the workspace name offer', async () => {
    const page = await browser.context.newPage();
    await page.goto(RW2_DIALOG_URL);
    await page.locator('#app button', { hasText: 'New workspace' }).click();
    const offer = ourUi(page, 'wbc-rw2-name');
    await expect.poll(() => offer.count('input[name="wbc-last-name"]'), WAIT).toBe(1);
    await offer.fill('input[name="wbc-last-name"]', TYPED);
    expect(await offer.text('[role="note"]')).toContain('{lastName}_training');
    expect(await page.evaluate(() => document.querySelector('wbc-rw2-name')!.shadowRoot)).toBeNull();
    expect(await readable(page)).not.toContain(TYPED);
    await page.close();
  });

  it("the page's own key and input listeners hear nothing typed into our UI; our panel still follows the typing", async () => {
    const page = await browser.context.newPage();
    await page.goto(WORKSPACE_FORM_URL);
    const panel = ourUi(page, 'wbc-ws-prefill');
    await expect.poll(() => panel.count('input[name="wbc-last-name"]'), WAIT).toBe(1);
    await listenLikeAKeylogger(page);
    await panel.fill('input[name="wbc-last-name"]', TYPED);
    // Our own input handler still ran: Fill is enabled by the typed name.
    expect(await panel.disabled('button[data-action="fill"]')).toBe(false);
    expect(await heardByPage(page)).toBe('');
    // Control: the same listeners hear typing into the page's own field.
    await page.locator('input[data-test-id="workspace-name"]').click();
    await page.keyboard.type(TYPED);
    // (each key once per listener: keypress and input, on window and on document)
    expect(await heardByPage(page)).toMatch(/^O+k+o+n+k+w+o+$/);
    await page.close();
  });

  it('control: the same probe reads a value typed into an open shadow root', async () => {
    const page = await browser.context.newPage();
    await page.goto(RW2_DIALOG_URL);
    await page.evaluate(() => {
      const host = document.createElement('div');
      host.id = 'open-control';
      document.body.prepend(host);
      host.attachShadow({ mode: 'open' }).append(document.createElement('input'));
    });
    await page.locator('#open-control input').click();
    await page.keyboard.type(TYPED);
    expect(await readable(page)).toContain(TYPED);
    await page.close();
  });
});
