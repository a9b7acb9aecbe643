import { afterEach, expect, it, vi } from 'vitest';
import { errorRecovery } from '@/content/workbench/features/error-recovery';
import { builtInCourse } from '@/domain/course/active';
import { isAuthorityMissingPage } from '@/site/pages';
import { tipHostName } from '@/guidance/tip-content';
import { describeWithSnapshots, loadHtml, loadSnapshot } from '../support/snapshots';
import { shownTipIds, tipHosts, tipLinks, tipText } from '../support/placed-tips';
import { runFeature, type TestRun } from '../support/feature-run';

const WB = 'https://workbench.researchallofus.org';
const help = builtInCourse.help;
const desk = [help.helpDeskForm, `mailto:${help.helpDeskEmail}`];
let current: TestRun | undefined;
const start = (path: string) => (current = runFeature(errorRecovery, `${WB}${path}`));
afterEach(() => {
  current?.abort();
  vi.useRealTimers();
});

const CASES = [
  {
    file: 'error-sign-in-again.html',
    path: '/sign-in-again',
    id: 'rec-sign-in-again',
    says: /Sign In[\s\S]*@researchallofus\.org[\s\S]*separate Chrome profile/,
    links: [help.troubleSigningIn, ...desk, help.troubleSigningIn],
  },
  {
    file: 'error-session-expired.html',
    path: '/session-expired',
    id: 'rec-session-expired',
    says: /Sign In[\s\S]*completed steps are kept/,
    links: [help.troubleSigningIn, ...desk, help.troubleSigningIn],
  },
  {
    file: 'error-not-found.html',
    path: '/not-found',
    id: 'rec-not-found',
    says: /old or mistyped/,
    links: [`${WB}/`, `${WB}/data-access-requirements`, ...desk],
  },
  {
    file: 'error-user-disabled.html',
    path: '/user-disabled',
    id: 'rec-user-disabled',
    says: /support team[\s\S]*Do not create a new account/,
    links: [...desk, help.accountPolicy],
  },
  {
    file: 'error-authority-missing.html',
    path: '/admin/users',
    id: 'rec-authority-missing',
    says: /administrators/,
    links: [`${WB}/`, `${WB}/data-access-requirements`],
  },
];

describeWithSnapshots('a way out of every Workbench dead end', () => {
  for (const { file, path, id, says, links } of CASES) {
    it(`${path} (${file}): ${id} with its next action and help links, inside the Workbench's message box`, async () => {
      loadSnapshot(file);
      await start(path).done;
      expect(await shownTipIds()).toEqual([id]);
      expect(tipText(id)).toMatch(says);
      expect(tipLinks(id)).toEqual(links);
      const host = document.querySelector(tipHostName(id))!;
      expect(host.parentElement!.closest('[role="button"], a')).toBeNull();
      expect(host.parentElement!.textContent).toMatch(/signed out|Not Found|disabled|administrative authority/);
    });
  }

  it('signed out again and again: the advice is a separate Chrome profile, never a private window', async () => {
    loadSnapshot('error-sign-in-again.html');
    await start('/sign-in-again').done;
    await shownTipIds();
    const text = tipText('rec-sign-in-again');
    expect(text).toMatch(/Avoid private \(incognito\) windows/);
    expect(text).not.toMatch(/(or|use) a private window/);
  });

  it('the authority-missing page is recognised from its text, wherever the app rendered it', () => {
    loadSnapshot('error-authority-missing.html');
    expect(isAuthorityMissingPage(document)).toBe(true);
    loadSnapshot('error-not-found.html');
    expect(isAuthorityMissingPage(document)).toBe(false);
  });

  it('an admin page an admin can see gets nothing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    loadHtml('<div id="root"><h2>Users</h2><table><tr><td>ada@researchallofus.org</td></tr></table></div>');
    start('/admin/users');
    await vi.advanceTimersByTimeAsync(15_000);
    vi.useRealTimers();
    await current!.done;
    expect(tipHosts()).toEqual([]);
  });

  it('an error page that changed shape still gets its way out, at the top of the page', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    loadHtml('<div id="root"><div>Signed out. <button>Sign In</button></div></div>');
    start('/session-expired');
    await vi.advanceTimersByTimeAsync(15_000);
    vi.useRealTimers();
    await current!.done;
    expect(await shownTipIds()).toEqual(['rec-session-expired']);
    expect(document.body.firstElementChild?.localName).toBe(tipHostName('rec-session-expired'));
  });

  it('the tip waits for the page to render (React renders after the URL changes)', async () => {
    loadHtml('<div id="root"></div>');
    start('/not-found');
    loadSnapshot('error-not-found.html');
    await current!.done;
    expect(await shownTipIds()).toEqual(['rec-not-found']);
  });
});
