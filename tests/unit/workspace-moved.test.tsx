import { afterEach, describe, expect, it } from 'vitest';
import { workspaceMovedTips } from '@/content/workbench/features/workspace-moved-tips';
import { builtInCourse } from '@/domain/course/active';
import type { Course } from '@/domain/course/schema';
import { migrationEndedBannerOf, wasSentHomeFromBuild, workspaceMovedModalOf } from '@/site/pages';
import { legacyHomeBody, MIGRATION_ENDED_BANNER, WORKSPACE_MOVED_MODAL } from '../fixtures/legacy-site';
import { describeWithSnapshots, loadHtml, loadSnapshot } from '../support/snapshots';
import { shownTipIds, tipLinks, tipText } from '../support/placed-tips';
import { runFeature, type TestRun } from '../support/feature-run';

const HOME = 'https://workbench.researchallofus.org/';
const BUILD = 'https://workbench.researchallofus.org/workspaces/build';
const legacyCourse: Course = { ...builtInCourse, workspace: { ...builtInCourse.workspace, platform: 'legacy' } };

let current: TestRun | undefined;
afterEach(() => current?.abort());

describe('recognising the legacy site pointing to Researcher Workbench 2.0', () => {
  it('finds the redirect modal by its label, and by its title when the label changes', () => {
    loadHtml(`<div id="popup-root">${WORKSPACE_MOVED_MODAL}</div>`);
    expect(workspaceMovedModalOf(document)?.getAttribute('role')).toBe('dialog');
    document.querySelector('[role="dialog"]')!.removeAttribute('aria-label');
    expect(workspaceMovedModalOf(document)?.getAttribute('role')).toBe('dialog');
    document.querySelector('[role="dialog"] div')!.textContent = 'Create a workspace';
    expect(workspaceMovedModalOf(document)).toBeUndefined();
  });

  it('finds the "Migration has ended." banner by its heading', () => {
    loadHtml(MIGRATION_ENDED_BANNER);
    expect(migrationEndedBannerOf(document)?.textContent).toMatch(
      /Migration has ended\.[\s\S]*Open Researcher Workbench/,
    );
    document.querySelector('h3')!.textContent = 'Welcome back';
    expect(migrationEndedBannerOf(document)).toBeUndefined();
  });

  it('a redirect is /workspaces/build followed by the home page, from the previous page or the document’s first URL', () => {
    const home = new URL(HOME);
    expect(wasSentHomeFromBuild(home, new URL(BUILD), undefined)).toBe(true);
    expect(wasSentHomeFromBuild(home, undefined, BUILD)).toBe(true);
    expect(wasSentHomeFromBuild(home, undefined, HOME)).toBe(false);
    expect(
      wasSentHomeFromBuild(home, new URL('https://workbench.researchallofus.org/data-access-requirements'), undefined),
    ).toBe(false);
    expect(
      wasSentHomeFromBuild(new URL('https://workbench.researchallofus.org/workspaces'), new URL(BUILD), undefined),
    ).toBe(false);
    expect(wasSentHomeFromBuild(home, new URL('https://workbench.verily.com/workspaces/build'), undefined)).toBe(false);
    expect(wasSentHomeFromBuild(home, undefined, 'not a url')).toBe(false);
  });
});

describeWithSnapshots('never on other dialogs and pages', () => {
  for (const file of [
    'workspace-edit-confirm-modal.html',
    'dar-2fa-modal.html',
    'workspace-share-modal.html',
    'dar-all-complete.html',
    'workspace-about.html',
  ]) {
    it(`${file}: no moved modal, no banner`, () => {
      loadSnapshot(file);
      expect(workspaceMovedModalOf(document)).toBeUndefined();
      expect(migrationEndedBannerOf(document)).toBeUndefined();
    });
  }
});

describe('the tips', () => {
  it('beside the banner: where the workspace is created now, registration carries over, the pod, a link to RW 2.0', async () => {
    loadHtml(legacyHomeBody());
    current = runFeature(workspaceMovedTips, HOME);
    await current.done;
    expect(await shownTipIds()).toEqual(['ws-moved-banner']);
    const host = document.querySelector('wbc-ws-moved-banner')!;
    expect(host.previousElementSibling?.textContent).toMatch(/^\s*Migration has ended\./);
    const text = tipText('ws-moved-banner');
    expect(text).toMatch(/created in Researcher Workbench 2\.0 at workbench\.verily\.com/);
    expect(text).toMatch(/registration carries over/);
    expect(text).toMatch(/pod.*initial credits/);
    expect(text).not.toMatch(/workspaces\/build/);
    expect(tipLinks('ws-moved-banner')).toEqual(['https://workbench.verily.com']);
  });

  it('inside the redirect modal when it opens (no URL change), under its own buttons', async () => {
    loadHtml(legacyHomeBody({ banner: false }));
    current = runFeature(workspaceMovedTips, HOME);
    await current.done;
    expect(document.querySelector('[data-wbc]')).toBeNull();
    document.getElementById('popup-root')!.innerHTML = WORKSPACE_MOVED_MODAL;
    await expect.poll(() => document.querySelector('wbc-ws-moved-modal')).not.toBeNull();
    expect(document.querySelector('wbc-ws-moved-modal')!.parentElement?.getAttribute('role')).toBe('dialog');
    expect(await shownTipIds()).toEqual(['ws-moved-modal']);
    expect(tipLinks('ws-moved-modal')).toEqual(['https://workbench.verily.com']);
  });

  it('after the redirect from /workspaces/build: says why the trainee is on the home page', async () => {
    loadHtml(legacyHomeBody());
    runFeature(workspaceMovedTips, BUILD).abort();
    current = runFeature(workspaceMovedTips, HOME);
    await current.done;
    expect(await shownTipIds()).toEqual(['ws-moved-redirect']);
    expect(tipText('ws-moved-redirect')).toMatch(/opens only for a testing group/);
  });

  it('a legacy course is told to ask the instructor, still never sent to /workspaces/build', async () => {
    loadHtml(legacyHomeBody());
    current = runFeature(workspaceMovedTips, HOME, legacyCourse);
    await current.done;
    await shownTipIds();
    expect(tipText('ws-moved-banner')).toContain(`ask your instructor (${legacyCourse.instructor.email})`);
    expect(tipLinks('ws-moved-banner')).toEqual(['https://workbench.verily.com']);
  });

  it('a home page without banner, modal or redirect gets nothing', async () => {
    loadHtml(legacyHomeBody({ banner: false }));
    current = runFeature(workspaceMovedTips, HOME);
    await current.done;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.querySelector('[data-wbc]')).toBeNull();
  });
});
