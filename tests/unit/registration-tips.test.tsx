import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registrationTips } from '@/content/workbench/features/registration-tips';
import { builtInCourse } from '@/domain/course/active';
import { loginStepOf } from '@/site/pages';
import { loginTips } from '@/guidance/login-tips';
import { tipHostName } from '@/guidance/tip-content';
import { describeWithSnapshots, loadHtml, loadSnapshot } from '../support/snapshots';
import { shownTipIds, tipHosts, tipIn, tipLinks, tipText } from '../support/placed-tips';
import { runFeature, type TestRun } from '../support/feature-run';

const LOGIN = 'https://workbench.researchallofus.org/login';
const help = builtInCourse.help;
const loadSuccessFixture = () => loadHtml(readFileSync('tests/fixtures/account-creation-success.html', 'utf8'));
const CONTROLS = '[role="button"], a, button, label, input, select, textarea';

let current: TestRun | undefined;
const start = (url = LOGIN) => (current = runFeature(registrationTips, url));
afterEach(() => current?.abort());

const EXPECTED = {
  'login-landing.html': ['reg-landing-new', 'reg-landing-sign-in'],
  'account-creation-tos.html': ['reg-terms'],
  'account-creation-institution.html': ['reg-institution', 'reg-institution-email', 'reg-institution-role'],
  'account-creation-institution-filled.html': ['reg-institution', 'reg-institution-email', 'reg-institution-role'],
  'account-creation-details.html': [
    'reg-details-username',
    'reg-details-address',
    'reg-details-background',
    'reg-details-next',
  ],
} as const;

describeWithSnapshots('registration tips on every /login wizard step (snapshots)', () => {
  for (const [file, ids] of Object.entries(EXPECTED)) {
    it(`${file}: every tip finds its own anchor on the real DOM`, () => {
      loadSnapshot(file);
      const tips = loginTips(loginStepOf(document), help);
      expect(tips.map((tip) => tip.id)).toEqual(ids);
      for (const tip of tips) expect(tip.anchor(document), tip.id).toBeTruthy();
    });

    it(`${file}: shows ${ids.join(', ')} beside the Workbench's controls, never inside one`, async () => {
      loadSnapshot(file);
      await start().done;
      expect((await shownTipIds()).sort()).toEqual([...ids].sort());
      for (const host of tipHosts()) expect(host.parentElement?.closest(CONTROLS) ?? null, host.localName).toBeNull();
    });
  }

  it('Step 1: the institution tip explains the DURA and links the request and DURA pages, right under the request link', async () => {
    loadSnapshot('account-creation-institution.html');
    await start().done;
    await shownTipIds();
    expect(tipText('reg-institution')).toMatch(/Data Use and Registration Agreement \(DURA\)/);
    expect(tipText('reg-institution')).toMatch(/publicly displayed/);
    expect(tipLinks('reg-institution')).toEqual([help.institutionRequest, help.duraSupport, help.duraSupport]);
    expect(tipText('reg-institution')).toMatch(/1–2 business days[\s\S]*every 2 weeks[\s\S]*1–2 business days after/);
    const host = document.querySelector(tipHostName('reg-institution'))!;
    expect(host.previousElementSibling?.querySelector('a[href*="institutional-agreements"]')).toBeTruthy();
    expect(tipText('reg-institution-email')).toMatch(/institution gave you/);
    expect(tipText('reg-institution-role')).toMatch(/shown publicly/);
  });

  it('Step 2: username becomes a separate @researchallofus.org Google account; the background statement is public', async () => {
    loadSnapshot('account-creation-details.html');
    await start().done;
    await shownTipIds();
    expect(tipText('reg-details-username')).toMatch(/username@researchallofus\.org.*separate from any personal/);
    expect(tipText('reg-details-background')).toMatch(/published in the Research Projects Directory/);
    expect(document.querySelector(tipHostName('reg-details-background'))!.nextElementSibling?.id).toBe(
      'areaOfResearch',
    );
    expect(tipText('reg-details-address')).toMatch(/not your home address/);
    expect(tipText('reg-details-next')).toMatch(/demographic questions/);
  });

  it('landing: Chrome and the institutional email for new accounts; the right Google account for sign-in', async () => {
    loadSnapshot('login-landing.html');
    await start().done;
    await shownTipIds();
    expect(tipText('reg-landing-new')).toMatch(/Google Chrome/);
    expect(tipText('reg-landing-new')).toMatch(/institutional email/);
    expect(tipLinks('reg-landing-sign-in')).toEqual([help.troubleSigningIn, help.troubleSigningIn]);
  });

  it('a Workbench change that removes an anchor still shows that tip (at the top of the step) and never throws', async () => {
    loadSnapshot('account-creation-institution.html');
    document.querySelector('#contact-email')!.parentElement!.remove();
    await start().done;
    expect((await shownTipIds()).sort()).toEqual(['reg-institution', 'reg-institution-email', 'reg-institution-role']);
    const host = document.querySelector(tipHostName('reg-institution-email'))!;
    expect(host.parentElement?.getAttribute('data-test-id')).toBe('sign-in-page');
  });

  it('tips are dismissable and recallable, and the choice is remembered', async () => {
    loadSnapshot('account-creation-tos.html');
    await start().done;
    await shownTipIds();
    const host = document.querySelector(tipHostName('reg-terms'))!;
    host.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label^="Hide tip"]')!.click();
    await expect.poll(() => tipIn(host)?.getAttribute('data-dismissed')).toBe('true');
    // Focus moves to the button that undoes it, so keyboard users are not dropped at the top of the page.
    expect(host.shadowRoot!.activeElement?.className).toBe('wbc-recall');
    await expect
      .poll(async () => (await fakeBrowser.storage.local.get('dismissedTips')).dismissedTips)
      .toEqual(['reg-terms']);
    host.shadowRoot!.querySelector<HTMLButtonElement>('button.wbc-recall')!.click();
    await expect.poll(() => tipIn(host)?.getAttribute('data-dismissed')).toBeNull();
    expect(host.shadowRoot!.activeElement?.getAttribute('aria-label')).toMatch(/^Hide tip/);
    expect(tipText('reg-terms')).toMatch(/Scroll the document/);
  });

  it('leaving the step (the run is aborted) removes every tip', async () => {
    loadSnapshot('account-creation-institution.html');
    await start().done;
    await shownTipIds();
    current!.abort();
    expect(tipHosts()).toEqual([]);
  });
});

describe('registration tips (own fixtures)', () => {
  it('success page: welcome email, temporary password, Complete Registration, forced password change and the 403 page', async () => {
    loadSuccessFixture();
    expect(loginStepOf(document)).toBe('success');
    await start().done;
    expect(await shownTipIds()).toEqual(['reg-success']);
    const text = tipText('reg-success');
    for (const part of [/welcome email/, /temporary password/, /Complete Registration/, /new password/, /403/])
      expect(text).toMatch(part);
    expect(tipLinks('reg-success')).toEqual([
      'https://workbench.researchallofus.org/',
      help.troubleSigningIn,
      help.helpDeskForm,
      `mailto:${help.helpDeskEmail}`,
      help.registration,
    ]);
  });

  it('an unknown /login state (still loading) shows nothing', async () => {
    loadHtml('<div id="root"></div>');
    await start().done;
    expect(tipHosts()).toEqual([]);
  });

  it('runs only on /login', () => {
    expect(registrationTips.include.some((p) => p(new URL(LOGIN), document))).toBe(true);
    expect(
      registrationTips.include.some((p) =>
        p(new URL('https://workbench.researchallofus.org/data-access-requirements'), document),
      ),
    ).toBe(false);
  });
});
