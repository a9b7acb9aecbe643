import { afterEach, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { workspaceFormTips } from '@/content/workbench/features/workspace-form-tips';
import { builtInCourse } from '@/domain/course/active';
import { describeWithSnapshots, loadSnapshot } from '../support/snapshots';
import { inShadow, shownTipText } from '../support/placed-tips';
import { exampleCourse, runFeature, type TestRun } from '../support/feature-run';

const BUILD = 'https://workbench.researchallofus.org/workspaces/build';
const FORM_TIPS = [
  'ws-name',
  'ws-tier',
  'ws-billing',
  'ws-q1',
  'ws-q2',
  'ws-q3',
  'ws-q4',
  'ws-q5',
  'ws-aian',
  'ws-review',
];
let current: TestRun | undefined;
afterEach(() => current?.abort());

const hostsInPageOrder = () =>
  [...document.querySelectorAll('[data-wbc^="wbc-ws-"]')].map((host) =>
    host.tagName.toLowerCase().replace(/^wbc-/, ''),
  );

describeWithSnapshots('workspace form tips (real Create page snapshots)', () => {
  it('puts a tip beside the name, tier, billing and every question, in page order, with the course’s rules', async () => {
    loadSnapshot('workspace-edit-create-initial.html');
    current = runFeature(workspaceFormTips, BUILD, exampleCourse);
    await vi.waitFor(() => expect(hostsInPageOrder()).toEqual(FORM_TIPS));
    expect(await shownTipText('ws-name')).toContain('{lastName}_CWML_training, for example Garcia_CWML_training');
    expect(await shownTipText('ws-tier')).toContain('Controlled Tier');
    expect(await shownTipText('ws-billing')).toMatch(/Use All of Us initial credits.*Don't create a billing account/s);
    expect(await shownTipText('ws-review')).toContain('Question 7');
    expect(await shownTipText('ws-review')).toContain('Answer “No”');
    // Next to, never inside, the billing box: its click handler opens Google's billing pop-up.
    expect(
      document.querySelector('#billing-dropdown-container')!.contains(document.querySelector('wbc-ws-billing')),
    ).toBe(false);
    expect(
      document.querySelector('wbc-ws-name')!.previousElementSibling?.matches('input[data-test-id="workspace-name"]'),
    ).toBe(true);
  });

  it('numbers the review question 6 when the page has no AI/AN section; default course, Registered Tier', async () => {
    loadSnapshot('workspace-edit-create-initial.html');
    document.querySelector('div[data-test-id="aianResearchDetails"]')!.remove();
    for (const radio of document.querySelectorAll('input[id^="Option-"]')) radio.remove();
    current = runFeature(workspaceFormTips, BUILD, builtInCourse);
    await vi.waitFor(() => expect(hostsInPageOrder()).toEqual(FORM_TIPS.filter((id) => id !== 'ws-aian')));
    expect(await shownTipText('ws-review')).toContain('Question 6');
    expect(await shownTipText('ws-tier')).toContain('Registered Tier');
  });

  it('clicks inside a tip never reach the Workbench (the billing handler stays silent); dismissal is remembered', async () => {
    loadSnapshot('workspace-edit-create-initial.html');
    const billingClicks = vi.fn();
    document
      .querySelector('#billing-dropdown-container')!
      .parentElement!.parentElement!.addEventListener('click', billingClicks);
    current = runFeature(workspaceFormTips, BUILD, exampleCourse);
    const hide = await inShadow<HTMLButtonElement>('wbc-ws-billing', 'button.wbc-icon-button');
    hide.click();
    await inShadow<HTMLButtonElement>('wbc-ws-billing', 'button.wbc-recall');
    expect(billingClicks).not.toHaveBeenCalled();
    await vi.waitFor(async () =>
      expect((await browser.storage.local.get('dismissedTips')).dismissedTips).toEqual(['ws-billing']),
    );
    current.abort();
    current = runFeature(workspaceFormTips, BUILD, exampleCourse);
    expect((await inShadow('wbc-ws-billing', '[data-wbc-tip]')).getAttribute('data-dismissed')).toBe('true');
    (await inShadow<HTMLButtonElement>('wbc-ws-billing', 'button.wbc-recall')).click();
    await vi.waitFor(async () =>
      expect((await inShadow('wbc-ws-billing', '[data-wbc-tip]')).getAttribute('role')).toBe('note'),
    );
    expect((await browser.storage.local.get('dismissedTips')).dismissedTips).toEqual([]);
  });

  it('explains what happens after Confirm, and notes the trainee’s own Confirm click for the next page', async () => {
    loadSnapshot('workspace-edit-confirm-modal.html');
    current = runFeature(workspaceFormTips, BUILD, exampleCourse);
    const tip = await inShadow('wbc-ws-confirm', '[data-wbc-tip]');
    expect(tip.textContent).toContain('about a minute');
    expect(tip.textContent).toContain('ada.example@researchallofus.org');
    expect(document.querySelector('[role="dialog"]')!.contains(document.querySelector('wbc-ws-confirm'))).toBe(true);
    expect(await browser.storage.local.get('workspaceCreateRequest')).toEqual({});
    (document.querySelector('[role="dialog"] [aria-label="Confirm"]') as HTMLElement).click();
    await vi.waitFor(async () =>
      expect((await browser.storage.local.get('workspaceCreateRequest')).workspaceCreateRequest).toMatchObject({
        name: 'Intro to Epidemiology (Fall course)',
      }),
    );
  });
});
