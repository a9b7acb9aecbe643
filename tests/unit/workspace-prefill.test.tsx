import { afterEach, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { workspacePrefill } from '@/content/workbench/features/workspace-prefill';
import { describeWithSnapshots, loadHtml, loadSnapshot } from '../support/snapshots';
import { inShadow, shadowOf, typeInto } from '../support/placed-tips';
import { exampleCourse, runFeature, type TestRun } from '../support/feature-run';

const BUILD = 'https://workbench.researchallofus.org/workspaces/build';
let current: TestRun | undefined;
afterEach(() => current?.abort());

const rows = (root: ShadowRoot) =>
  [...root.querySelectorAll('li[data-field]')].map((li) => [
    li.getAttribute('data-field'),
    li.getAttribute('data-status'),
  ]);

describeWithSnapshots('workspace prefill panel (real Create page snapshot)', () => {
  it('mounts above the name/tier row in an open shadow root and asks for the last name once', async () => {
    loadSnapshot('workspace-edit-create-initial.html');
    current = runFeature(workspacePrefill, BUILD, exampleCourse);
    const root = await shadowOf('wbc-ws-prefill');
    const host = document.querySelector('wbc-ws-prefill')!;
    expect(host.nextElementSibling?.contains(document.querySelector('input[data-test-id="workspace-name"]'))).toBe(
      true,
    );
    expect(host.nextElementSibling?.querySelector('[data-test-id="select-access-tier"]')).not.toBeNull();
    const fill = await inShadow<HTMLButtonElement>('wbc-ws-prefill', 'button[data-action="fill"]');
    const lastName = await inShadow<HTMLInputElement>('wbc-ws-prefill', 'input[name="wbc-last-name"]');
    expect(fill.disabled).toBe(true);
    typeInto(lastName, 'Garcia');
    await vi.waitFor(() => expect(fill.disabled).toBe(false));
    fill.click();

    // The "Other" text box never opens on a static snapshot: the panel waits a second for it before giving up.
    await vi.waitFor(() => expect(root.querySelector('[data-create]')).not.toBeNull(), { timeout: 4000 });
    expect(await browser.storage.local.get('traineeLastName')).toEqual({ traineeLastName: 'Garcia' });
    expect((document.querySelector('input[data-test-id="workspace-name"]') as HTMLInputElement).value).toBe(
      'Garcia_CWML_training',
    );
    // A static snapshot has no React to enable "Other"'s text box, so that row honestly says it did not take.
    expect(rows(root).filter(([, status]) => status !== 'filled')).toEqual([['disseminationOtherText', 'failed']]);
    expect(root.querySelector('[data-create]')!.getAttribute('data-create')).toBe('disabled');
    expect(root.textContent).toContain('Use All of Us initial credits - $300.00 left');
    expect(root.querySelector('li[data-field="review"]')!.textContent).toContain('Question 7');
    expect(root.querySelector('button[data-action="undo"]')).not.toBeNull();
  });

  it('shows the stored name, keeps own answers and offers to replace them', async () => {
    await browser.storage.local.set({ traineeLastName: 'Okafor' });
    loadSnapshot('workspace-edit-create-prefilled.html');
    current = runFeature(workspacePrefill, BUILD, exampleCourse);
    const root = await shadowOf('wbc-ws-prefill');
    await vi.waitFor(() => expect(root.textContent).toContain('Okafor_CWML_training'));
    expect(root.querySelector('input[name="wbc-last-name"]')).toBeNull();
    (await inShadow<HTMLButtonElement>('wbc-ws-prefill', 'button[data-action="fill"]')).click();
    const overwrite = await inShadow<HTMLButtonElement>('wbc-ws-prefill', 'button[data-action="overwrite"]');
    expect(
      rows(root)
        .filter(([, status]) => status === 'kept-user')
        .map(([field]) => field),
    ).toEqual([
      'name',
      'intendedStudy',
      'scientificApproach',
      'anticipatedFindings',
      'disseminationOtherText',
      'aianDetails',
    ]);
    expect((document.querySelector('#intendedStudyText') as HTMLTextAreaElement).value).toMatch(
      /^This workspace supports an undergraduate course/,
    );
    overwrite.click();
    await vi.waitFor(() =>
      expect(root.querySelector('li[data-field="intendedStudy"]')!.getAttribute('data-status')).toBe('filled'),
    );
    expect((document.querySelector('input[data-test-id="workspace-name"]') as HTMLInputElement).value).toBe(
      'Okafor_CWML_training',
    );
  });

  it('on a page whose form changed: "not found" rows and a clear message, no exception', async () => {
    await browser.storage.local.set({ traineeLastName: 'Garcia' });
    loadHtml(
      '<body><div id="root"></div><div id="popup-root"></div><div><textarea id="intendedStudyText"></textarea></div></body>',
    );
    const warn = vi.spyOn(console, 'warn');
    current = runFeature(workspacePrefill, BUILD, exampleCourse);
    (await inShadow<HTMLButtonElement>('wbc-ws-prefill', 'button[data-action="fill"]')).click();
    const root = await shadowOf('wbc-ws-prefill');
    await vi.waitFor(() => expect(root.querySelector('[data-create="not-found"]')).not.toBeNull());
    expect(rows(root).filter(([, status]) => status === 'filled')).toEqual([['intendedStudy', 'filled']]);
    expect(root.querySelector('li[data-field="review"]')!.textContent).toContain(
      "Couldn't find Question 6 (review request) on this page",
    );
    expect(root.textContent).toContain('not where Workbench Companion expected them');
    // What could not be filled can still be copied: the answer sheet opens under the report.
    expect(root.querySelector('details.wbc-sheet[open]')).not.toBeNull();
    expect(root.querySelector('button[data-answer="disseminationOther"]')).not.toBeNull();
    await expect(current.done).resolves.toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });
});
