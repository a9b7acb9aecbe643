import { afterEach, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { workspaceNextSteps } from '@/content/workbench/features/workspace-next-steps';
import { describeWithSnapshots, loadHtml, loadSnapshot } from '../support/snapshots';
import { inShadow } from '../support/placed-tips';
import { exampleCourse, runFeature, type TestRun } from '../support/feature-run';

const BASE = 'https://workbench.researchallofus.org/workspaces/aou-rw-42';
const ours = { namespace: 'aou-rw-42', name: 'garcia_cwml_training' };
let current: TestRun | undefined;
const unique = <T,>(items: T[]) => [...new Map(items.map((item) => [JSON.stringify(item), item])).values()];
afterEach(() => current?.abort());

describeWithSnapshots('after creation: progress and the way to Share (About snapshot)', () => {
  it('About of a workspace named like the course: created + Research Use Statement done; a tip beside Share', async () => {
    loadSnapshot('workspace-about.html');
    current = runFeature(workspaceNextSteps, `${BASE}/garcia_cwml_training/about`, exampleCourse);
    const tip = await inShadow('wbc-ws-next-about', '[data-wbc-tip]');
    expect(tip.textContent).toContain('ada.example@researchallofus.org');
    expect(document.querySelector('wbc-ws-next-about')!.previousElementSibling?.textContent).toContain('Share');
    // The page is checked on every change; the content script's reporter drops repeats.
    expect(unique(current.events.map((e) => [e.step, e.workspace]))).toEqual([
      ['workspace-created', ours],
      ['research-use-statement', ours],
    ]);
    expect(current.events.some((e) => e.step === 'workspace-shared')).toBe(false);
    // The trainee saves the share: the About lines list the instructor, and the tip goes away.
    document.querySelector('[data-test-id="workspaceUser-2"]')!.textContent =
      'READER : ada.example@researchallofus.org';
    await vi.waitFor(() => expect(document.querySelector('wbc-ws-next-about')).toBeNull());
    expect(current.events.at(-1)).toMatchObject({
      step: 'workspace-shared',
      collaborator: 'ada.example@researchallofus.org',
    });
  });

  it('the instructor in the collaborator lines: shared, and no Share tip', async () => {
    loadSnapshot('workspace-about.html');
    document.querySelector('[data-test-id="workspaceUser-2"]')!.textContent =
      'READER : ada.example@researchallofus.org';
    current = runFeature(workspaceNextSteps, `${BASE}/garcia_cwml_training/about`, exampleCourse);
    await vi.waitFor(() => expect(current!.events.map((e) => e.step)).toContain('workspace-shared'));
    expect(current.events.find((e) => e.step === 'workspace-shared')).toMatchObject({
      collaborator: 'ada.example@researchallofus.org',
      workspace: ours,
    });
    expect(document.querySelector('wbc-ws-next-about')).toBeNull();
  });

  it('another workspace that was not just created: nothing reported, no tip', async () => {
    loadSnapshot('workspace-about.html');
    current = runFeature(workspaceNextSteps, `${BASE}/my_thesis/about`, exampleCourse);
    await current.done;
    expect(current.events).toEqual([]);
    expect(document.querySelector('[data-wbc]')).toBeNull();
  });
});

const DATA_PAGE =
  '<body><div id="root"><div class="nav"><div role="button" aria-label="Data">Data</div><div role="button" aria-label="About">About</div></div><div>Data page</div></div><div id="popup-root"></div></body>';

it('the Data page right after the trainee confirmed: created reported, the note cleared, a tip under the tabs links to About', async () => {
  await browser.storage.local.set({
    workspaceCreateRequest: { name: 'Garcia_CWML_training', at: Date.now() - 60_000 },
  });
  loadHtml(DATA_PAGE);
  current = runFeature(workspaceNextSteps, `${BASE}/garcia_cwml_training/data`, exampleCourse);
  await vi.waitFor(() =>
    expect(current!.events.map((e) => e.step)).toEqual(['workspace-created', 'research-use-statement']),
  );
  await vi.waitFor(async () => expect(await browser.storage.local.get('workspaceCreateRequest')).toEqual({}));
  const link = await inShadow<HTMLAnchorElement>('wbc-ws-next-data', 'a');
  expect(link.href).toBe(`${BASE}/garcia_cwml_training/about`);
  expect(document.querySelector('wbc-ws-next-data')!.previousElementSibling?.className).toBe('nav');
});

it('a Data page without the tabs still gets the tip, at the top; an old note is ignored', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    await browser.storage.local.set({
      workspaceCreateRequest: { name: 'Garcia_CWML_training', at: Date.now() - 3_600_000 },
    });
    loadHtml('<body><div id="root"><div>Data page</div></div></body>');
    current = runFeature(workspaceNextSteps, `${BASE}/garcia_cwml_training/data`, exampleCourse);
    await vi.advanceTimersByTimeAsync(5_000);
    await current.done;
    expect(document.body.firstElementChild?.tagName.toLowerCase()).toBe('wbc-ws-next-data');
    expect(current.events).toEqual([]);
  } finally {
    vi.useRealTimers();
  }
});
