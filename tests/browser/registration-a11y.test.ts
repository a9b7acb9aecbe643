// Accessibility of every tip this area injects: axe-core inside the tips' shadow roots (0 violations),
// and every tip reachable by Tab and dismissable/recallable with Enter or Space.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { describeInChromium, WORKBENCH } from '../support/browser-suite';
import { servePages, snapshotDocument } from '../support/serve';
import { describeWithSnapshots, readSnapshot } from '../support/snapshots';
import { showStep } from '../support/show-step';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const GOOGLE_403 = `<!DOCTYPE html><html lang=en><meta charset=utf-8><title>Error 403 (Forbidden)!!1</title>
<a href=//www.google.com/><span id=logo aria-label=Google></span></a>
<p><b>403.</b> <ins>That’s an error.</ins><p>We're sorry, but you do not have access to this page. <ins>That’s all we know.</ins>`;

interface Violation {
  host: string;
  rule: string;
  targets: string[];
}

/** Runs axe on each of our shadow hosts (axe walks open shadow roots) and lists what it finds. */
async function axeViolations(page: Page, hostSelector = '[data-wbc], wbc-google-403'): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Element,
          ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }>;
        };
      }
    ).axe;
    const found: Violation[] = [];
    for (const host of document.querySelectorAll(selector)) {
      const result = await axe.run(host);
      for (const v of result.violations)
        found.push({ host: host.localName, rule: v.id, targets: v.nodes.map((n) => JSON.stringify(n.target)) });
    }
    return found;
  }, hostSelector);
}

const shown = (page: Page, ids: string[]) =>
  Promise.all(ids.map((id) => page.locator(`[data-wbc-tip="${id}"]`).waitFor({ state: 'attached', timeout: 10_000 })));

/** The focused element, looking through open shadow roots. */
const focusedIn = (page: Page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    let host: Element | null = null;
    while (active?.shadowRoot?.activeElement) {
      host = active;
      active = active.shadowRoot.activeElement;
    }
    return { host: host?.localName ?? null, label: active?.getAttribute('aria-label') ?? active?.className ?? '' };
  });

describeInChromium('tips are accessible', () => {
  describeWithSnapshots('with the Workbench snapshots', () => {
    let browser: ExtensionBrowser;
    let page: Page;

    beforeAll(async () => {
      browser = await launchWithExtension(inject('extensionDir'));
      const title = 'All of Us Researcher Workbench';
      await servePages(browser.context, {
        [`${WORKBENCH}/login`]: () => snapshotDocument('login-landing.html', title),
        [`${WORKBENCH}/data-access-requirements`]: () => snapshotDocument('dar-mixed-prod-flags.html', title),
        [`${WORKBENCH}/not-found`]: () => snapshotDocument('error-not-found.html', title),
        [`${WORKBENCH}/sign-in-again`]: () => snapshotDocument('error-sign-in-again.html', title),
        [`${WORKBENCH}/session-expired`]: () => snapshotDocument('error-session-expired.html', title),
        [`${WORKBENCH}/user-disabled`]: () => snapshotDocument('error-user-disabled.html', title),
        [`${WORKBENCH}/admin/users`]: () => snapshotDocument('error-authority-missing.html', title),
        'https://accounts.google.com/signin/error': GOOGLE_403,
      });
      page = await browser.context.newPage();
    });
    afterAll(() => browser?.close());

    it('control: axe does look inside a tip (a nameless button there is reported)', async () => {
      await page.goto(`${WORKBENCH}/not-found`);
      await shown(page, ['rec-not-found']);
      await page.evaluate(() =>
        document.querySelector('[data-wbc]')!.shadowRoot!.append(document.createElement('button')),
      );
      expect((await axeViolations(page)).map((v) => v.rule)).toContain('button-name');
    });

    it('every /login wizard step: 0 violations', async () => {
      await page.goto(`${WORKBENCH}/login`);
      await shown(page, ['reg-landing-new', 'reg-landing-sign-in']);
      expect(await axeViolations(page)).toEqual([]);
      const steps: Array<[string, string[]]> = [
        [readSnapshot('account-creation-tos.html'), ['reg-terms']],
        [
          readSnapshot('account-creation-institution.html'),
          ['reg-institution', 'reg-institution-email', 'reg-institution-role'],
        ],
        [
          readSnapshot('account-creation-details.html'),
          ['reg-details-username', 'reg-details-address', 'reg-details-background', 'reg-details-next'],
        ],
        [readFileSync('tests/fixtures/account-creation-success.html', 'utf8'), ['reg-success']],
      ];
      for (const [html, ids] of steps) {
        await showStep(page, html);
        await shown(page, ids);
        expect(await axeViolations(page), ids.join()).toEqual([]);
      }
    });

    it('Data Access Requirements (mixed, CT ineligible, all complete) and both DUCC pages: 0 violations', async () => {
      await page.goto(`${WORKBENCH}/data-access-requirements`);
      await shown(page, ['dar-summary', 'dar-two-factor-done', 'dar-identity-pending']);
      expect(await axeViolations(page)).toEqual([]);
      await showStep(page, readSnapshot('dar-ducc-next-ct-ineligible.html'), { path: '/ras-callback' });
      await shown(page, ['dar-ct-training-ineligible']);
      expect(await axeViolations(page)).toEqual([]);
      await showStep(page, readSnapshot('dar-all-complete.html'), { path: '/data-access-requirements' });
      await shown(page, ['dar-next-workspace', 'dar-summary-done']);
      expect(await axeViolations(page)).toEqual([]);
      await showStep(page, readSnapshot('ducc-content.html'), { path: '/data-code-of-conduct' });
      await shown(page, ['ducc-content']);
      expect(await axeViolations(page)).toEqual([]);
      await showStep(page, readSnapshot('ducc-signature.html'));
      await shown(page, ['ducc-signature']);
      expect(await axeViolations(page)).toEqual([]);
    });

    it("every Workbench dead end and Google's 403 banner: 0 violations", async () => {
      for (const [path, id] of [
        ['/not-found', 'rec-not-found'],
        ['/sign-in-again', 'rec-sign-in-again'],
        ['/session-expired', 'rec-session-expired'],
        ['/user-disabled', 'rec-user-disabled'],
        ['/admin/users', 'rec-authority-missing'],
      ]) {
        await page.goto(`${WORKBENCH}${path}`);
        await shown(page, [id!]);
        expect(await axeViolations(page), path).toEqual([]);
      }
      await page.goto('https://accounts.google.com/signin/error');
      await page.locator('wbc-google-403 .wbc-banner').waitFor({ state: 'attached' });
      expect(await axeViolations(page)).toEqual([]);
    });

    it('keyboard: Tab reaches every tip; Enter hides one, Space brings it back', async () => {
      await page.goto(`${WORKBENCH}/data-access-requirements`);
      const ids = [
        'dar-summary',
        'dar-two-factor-done',
        'dar-identity-pending',
        'dar-identity-abroad',
        'dar-rt-training-pending',
        'dar-ct-training-pending',
        'dar-ducc-pending',
      ];
      await shown(page, ids);
      const hosts = await page.locator('[data-wbc]').evaluateAll((els) => els.map((el) => el.localName));
      expect(hosts).toHaveLength(ids.length);
      const reached = new Set<string>();
      for (let i = 0; i < 120 && reached.size < hosts.length; i++) {
        await page.keyboard.press('Tab');
        const { host, label } = await focusedIn(page);
        if (host && label.startsWith('Hide tip')) reached.add(host);
      }
      expect([...reached].sort()).toEqual([...hosts].sort());

      // Hide the identity tip from the keyboard, then recall it the same way.
      const identity = page.locator('[data-wbc-tip="dar-identity-pending"]');
      await page.locator('wbc-tip-dar-identity button[aria-label^="Hide tip"]').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => identity.getAttribute('data-dismissed')).toBe('true');
      let onRecall = false;
      for (let i = 0; i < 120 && !onRecall; i++) {
        const { host, label } = await focusedIn(page);
        onRecall = host === 'wbc-tip-dar-identity' && label.includes('wbc-recall');
        if (!onRecall) await page.keyboard.press('Tab');
      }
      expect(onRecall).toBe(true);
      await page.keyboard.press('Space');
      await expect.poll(() => identity.getAttribute('data-dismissed')).toBeNull();
      expect(await identity.textContent()).toContain('Login.gov');
    });
  });
});
