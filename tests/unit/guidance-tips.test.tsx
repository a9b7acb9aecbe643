// The tips added for what trainees actually get stuck on, each on the snapshot (or our own fixture) that shows
// its trigger, and the "Source" link every fact-stating tip carries.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PREVIEW_PAGE_IDS } from '@/components/options/preview-values';
import { previewTips } from '@/components/options/tip-sources';
import { accessProgressEvents } from '@/content/workbench/features/access-steps-progress';
import { accessStepTips } from '@/content/workbench/features/access-step-tips';
import { codeOfConductUpdate } from '@/content/workbench/features/code-of-conduct-update';
import { registrationTips } from '@/content/workbench/features/registration-tips';
import { builtInCourse } from '@/domain/course/active';
import { HELP_LINK_IDS } from '@/domain/course/schema';
import { orderHelpLinks } from '@/domain/progress/help-order';
import { t } from '@/domain/i18n/t';
import { identityStartedAt } from '@/state/identity-started';
import { tipHostName } from '@/guidance/tip-content';
import { describeWithSnapshots, loadHtml, loadSnapshot } from '../support/snapshots';
import { shownTipIds, tipHosts, tipLinks, tipText } from '../support/placed-tips';
import { runFeature, type TestRun } from '../support/feature-run';

const WB = 'https://workbench.researchallofus.org';
const help = builtInCourse.help;
const fixture = (name: string) => loadHtml(readFileSync(`tests/fixtures/${name}`, 'utf8'));
let current: TestRun | undefined;
const start = (feature: Parameters<typeof runFeature>[0], path: string) =>
  (current = runFeature(feature, `${WB}${path}`));
afterEach(() => {
  current?.abort();
  vi.useRealTimers();
});
const waitForTip = async (id: string) => vi.waitFor(async () => expect(await shownTipIds()).toContain(id));

describeWithSnapshots('identity verification: abroad, and still grey after coming back', () => {
  it('identity still to do: the route without a U.S. Social Security number, state ID or phone', async () => {
    loadSnapshot('dar-nothing-done.html');
    await start(accessStepTips, '/data-access-requirements').done;
    await waitForTip('dar-identity-abroad');
    const text = tipText('dar-identity-abroad');
    for (const part of [
      /U\.S\. Social Security number/,
      /U\.S\. state-issued ID/,
      /U\.S\. phone number/,
      /ID\.me/,
      /I don’t live in the United States/,
      /passport/,
    ])
      expect(text).toMatch(part);
    expect(tipLinks('dar-identity-abroad').at(-1)).toBe(help.identityTroubleshooting);
    expect(document.querySelector(tipHostName('dar-identity-abroad'))!.previousElementSibling?.localName).toBe(
      tipHostName('dar-identity'),
    );
  });

  it('identity done: no identity help at all', async () => {
    loadSnapshot('dar-training-next-logingov-flags.html');
    await start(accessStepTips, '/data-access-requirements').done;
    const shown = await shownTipIds();
    expect(shown).toContain('dar-identity-done');
    expect(shown).not.toContain('dar-identity-abroad');
    expect(shown).not.toContain('dar-identity-waiting');
  });

  it('not started yet: no "still grey" tip', async () => {
    loadSnapshot('dar-mixed-prod-flags.html');
    await start(accessStepTips, '/data-access-requirements').done;
    await waitForTip('dar-identity-abroad');
    expect(await shownTipIds()).not.toContain('dar-identity-waiting');
  });

  it('still pending after Get Started and a reload: reload, wait 1–2 business days, another browser, no private window, whom to ask', async () => {
    await fakeBrowser.storage.local.set({ identityStartedAt: Date.now() - 3_600_000 });
    loadSnapshot('dar-mixed-prod-flags.html');
    await start(accessStepTips, '/data-access-requirements').done;
    await waitForTip('dar-identity-waiting');
    const text = tipText('dar-identity-waiting');
    for (const part of [
      /reload button/,
      /another browser/,
      /private \(incognito\)/,
      /1–2 business days/,
      /help desk/,
      /@researchallofus\.org username/,
    ])
      expect(text).toMatch(part);
    expect(tipLinks('dar-identity-waiting')).toEqual([
      help.helpDeskForm,
      `mailto:${help.helpDeskEmail}`,
      help.identityTroubleshooting,
    ]);
  });

  it('back on the callback page with the row still grey: the same tip, without any stored note', async () => {
    loadSnapshot('dar-mixed-prod-flags.html');
    await start(accessStepTips, '/ras-callback?code=abc').done;
    await waitForTip('dar-identity-waiting');
  });

  it('pressing Get Started notes the moment (and nothing else)', async () => {
    loadSnapshot('dar-mixed-prod-flags.html');
    await start(accessStepTips, '/data-access-requirements').done;
    expect(await identityStartedAt()).toBeUndefined();
    document.querySelector<HTMLElement>('[data-test-id="module-IDENTITY"] [role="button"]')!.click();
    await vi.waitFor(async () => expect(await identityStartedAt()).toEqual(expect.any(Number)));
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['identityStartedAt']);
  });
});

describeWithSnapshots('data access complete: the initial credits', () => {
  it('$300, paid by the workspace creator, 365 days, never a billing account', async () => {
    loadSnapshot('dar-all-complete.html');
    await start(accessStepTips, '/data-access-requirements').done;
    await waitForTip('dar-credits');
    const text = tipText('dar-credits');
    for (const part of [/\$300/, /365 days/, /person who created it/, /never create a billing account/])
      expect(text).toMatch(part);
    expect(text).not.toMatch(/\$\$/);
    expect(tipLinks('dar-credits')).toEqual([help.initialCredits]);
  });
});

describe('yearly renewal (our own fixture: no snapshot shows it)', () => {
  it('says what the renewal asks and that progress is kept, instead of the time estimate', async () => {
    fixture('dar-annual-renewal.html');
    await start(accessStepTips, '/data-access-requirements?pageMode=ANNUAL_RENEWAL').done;
    await waitForTip('dar-renewal');
    expect(
      document.querySelector(tipHostName('dar-renewal'))!.previousElementSibling?.getAttribute('data-test-id'),
    ).toBe('annual-renewal-header');
    expect(tipText('dar-renewal')).toMatch(
      /profile[\s\S]*publications[\s\S]*refresher[\s\S]*Code of Conduct[\s\S]*kept/,
    );
    expect(tipLinks('dar-renewal')).toEqual([help.accessRenewal]);
    const shown = await shownTipIds();
    expect(shown.filter((id) => id.startsWith('dar-summary') || id === 'dar-not-found')).toEqual([]);
  });

  it('records no step as undone while renewing (progress is kept)', () => {
    fixture('dar-annual-renewal.html');
    const events = accessProgressEvents(document, '/data-access-requirements');
    expect(events.filter((event) => event.state !== 'done')).toEqual([]);
    // Control: the same row outside the renewal page is reported as still to do.
    document.querySelector('[data-test-id="annual-renewal-header"]')!.remove();
    expect(accessProgressEvents(document, '/data-access-requirements')).toContainEqual(
      expect.objectContaining({ step: 'ducc', state: 'pending' }),
    );
  });
});

describe('home page: an updated Code of Conduct to sign (our own fixture)', () => {
  it('explains what to do and that nothing is lost, right after the banner', async () => {
    fixture('homepage-ducc-update.html');
    await start(codeOfConductUpdate, '/').done;
    expect(await shownTipIds()).toEqual(['home-ducc-update']);
    expect(document.querySelector(tipHostName('home-ducc-update'))!.previousElementSibling?.getAttribute('role')).toBe(
      'alert',
    );
    expect(tipText('home-ducc-update')).toMatch(/Review DUCC[\s\S]*initials[\s\S]*Accept[\s\S]*Nothing is lost/);
    expect(tipLinks('home-ducc-update')).toEqual([help.accessRenewal]);
  });

  it('a home page without the banner gets nothing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    loadHtml('<div id="root"><h2>Your workspaces</h2></div>');
    start(codeOfConductUpdate, '/');
    await vi.advanceTimersByTimeAsync(15_000);
    vi.useRealTimers();
    await current!.done;
    expect(tipHosts()).toEqual([]);
  });
});

describeWithSnapshots('account creation: the email the Workbench refuses', () => {
  const refuse = () =>
    document.querySelector('div[aria-label="emailvalidation"] clr-icon')!.setAttribute('shape', 'warning-standard');

  it('no tip while the address is accepted (the green check of the filled snapshot)', async () => {
    loadSnapshot('account-creation-institution-filled.html');
    await start(registrationTips, '/login').done;
    expect(await shownTipIds()).not.toContain('reg-email-rejected');
  });

  it('once refused: registered domains only, one account per address, Account Management Policy as source', async () => {
    loadSnapshot('account-creation-institution-filled.html');
    await start(registrationTips, '/login').done;
    await shownTipIds();
    refuse();
    await waitForTip('reg-email-rejected');
    const text = tipText('reg-email-rejected');
    for (const part of [
      /domain your institution registered/,
      /One Workbench account per institutional email address/,
      /Account Management Policy/,
      /help desk/,
    ])
      expect(text).toMatch(part);
    expect(tipLinks('reg-email-rejected')).toEqual([
      help.helpDeskForm,
      `mailto:${help.helpDeskEmail}`,
      help.institutionDomains,
      help.accountPolicy,
    ]);
    expect(document.querySelector(tipHostName('reg-email-rejected'))!.previousElementSibling?.localName).toBe(
      tipHostName('reg-institution-email'),
    );
  });
});

describe('every fact-stating tip names its source', () => {
  // Tips that only point somewhere state no fact of their own; the pointers to Researcher Workbench 2.0 repeat
  // what the Workbench's own banner says (no public support article describes the move yet).
  const NO_FACTS = new Set([
    'dar-summary-done',
    'dar-next-workspace',
    'rec-not-found',
    'rec-authority-missing',
    'google-403',
  ]);
  const exempt = (id: string) => NO_FACTS.has(id) || id.startsWith('ws-moved-');
  // Built inside each test: the i18n mock is set up per test.
  const sharing = {
    ...builtInCourse,
    workspace: {
      ...builtInCourse.workspace,
      collaborator: { email: 'ta@researchallofus.org', role: 'READER' as const },
    },
  };
  const allTips = () => PREVIEW_PAGE_IDS.flatMap((page) => previewTips(page, sharing));

  it('the preview holds the new tips', () => {
    expect(allTips().map((tip) => tip.id)).toEqual(
      expect.arrayContaining([
        'reg-email-rejected',
        'dar-identity-abroad',
        'dar-identity-waiting',
        'dar-renewal',
        'dar-credits',
        'home-ducc-update',
        'ws-share',
      ]),
    );
  });

  it('each one ends with an https "Source" link', () => {
    const checked = allTips().filter((tip) => !exempt(tip.id));
    expect(checked.length).toBeGreaterThan(30);
    const missing = checked
      .filter((tip) => tip.links.at(-1)?.label !== t('tipSource') || !/^https:\/\//.test(tip.links.at(-1)?.href ?? ''))
      .map((tip) => tip.id);
    expect(missing).toEqual([]);
  });

  it('sources come from the course help links (so instructors and IT policy can change them)', () => {
    const known = new Set(Object.values(help));
    const sources = allTips().flatMap((tip) =>
      tip.links.filter((link) => link.label === t('tipSource')).map((link) => link.href),
    );
    expect(sources.length).toBeGreaterThan(20);
    expect(sources.filter((href) => !known.has(href))).toEqual([]);
  });
});

describe('popup resources once the workspace is ready', () => {
  it('suggest the publication reporting form and the dissemination policy; tutorial notebooks lead to the notebooks', () => {
    const { suggested } = orderHelpLinks('ready', HELP_LINK_IDS);
    expect(suggested).toEqual(
      expect.arrayContaining(['tutorialNotebooks', 'publicationReportingForm', 'disseminationPolicy']),
    );
    expect(help.publicationReportingForm).toMatch(/^https:\/\/redcap\.pmi-ops\.org\/surveys\//);
    expect(help.disseminationPolicy).toMatch(/^https:\/\/www\.researchallofus\.org\/.*Dissemination.*\.pdf$/);
    expect(help.tutorialNotebooks).not.toMatch(/Jupyter/);
    expect(t('popup_help_publicationReportingForm')).toMatch(/publication or presentation/);
  });
});
