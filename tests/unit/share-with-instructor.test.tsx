import { afterEach, expect, it, vi } from 'vitest';
import { isSaveWithCollaborator, shareWithInstructor } from '@/content/workbench/features/share-with-instructor';
import { shownRole } from '@/content/ui/panels/ShareHelper';
import { builtInCourse } from '@/domain/course/active';
import type { Course } from '@/domain/course/schema';
import { describeWithSnapshots, loadSnapshot } from '../support/snapshots';
import { inShadow, shadowOf } from '../support/placed-tips';
import { exampleCourse, runFeature, type TestRun } from '../support/feature-run';

const ABOUT = 'https://workbench.researchallofus.org/workspaces/aou-rw-42/garcia_cwml_training/about';
/** The share snapshots added classmate@researchallofus.org and set the role to Writer. */
const classmateCourse = (role: 'READER' | 'WRITER'): Course => ({
  ...exampleCourse,
  workspace: { ...exampleCourse.workspace, collaborator: { email: 'classmate@researchallofus.org', role } },
});
let current: TestRun | undefined;
afterEach(() => current?.abort());

const saveButton = () =>
  [...document.querySelectorAll<HTMLElement>('[role="dialog"] [role="button"]')].find((b) => b.textContent === 'Save')!;

describeWithSnapshots('share helper in the real Share dialog snapshots', () => {
  it('mounts under "Find Collaborators" and types the instructor email into it, nothing else', async () => {
    loadSnapshot('workspace-share-modal.html');
    const search = document.querySelector<HTMLInputElement>('input[data-test-id="search"]')!;
    const typed = vi.fn();
    search.addEventListener('input', typed);
    current = runFeature(shareWithInstructor, ABOUT, exampleCourse);
    const find = await inShadow<HTMLButtonElement>('wbc-ws-share', 'button[data-action="find"]');
    expect(document.querySelector('wbc-ws-share')!.previousElementSibling?.contains(search)).toBe(true);
    expect((await shadowOf('wbc-ws-share')).textContent).toContain('role says Reader');
    find.click();
    expect(search.value).toBe('ada.example@researchallofus.org');
    expect(typed).toHaveBeenCalledTimes(1);
    expect(current.events).toEqual([]);
  });

  it('once the row is added it shows the role the dialog shows, and asks for the course role', async () => {
    loadSnapshot('workspace-share-added.html');
    expect(shownRole(document, 'classmate@researchallofus.org')).toBe('Writer');
    expect(shownRole(document, 'nobody@researchallofus.org')).toBeUndefined();
    current = runFeature(shareWithInstructor, ABOUT, classmateCourse('READER'));
    const root = await shadowOf('wbc-ws-share');
    await vi.waitFor(() => expect(root.querySelector('[data-shown-role="Writer"]')).not.toBeNull());
    expect(root.textContent).toContain('Your course asks for Reader');
    current.abort();
    current = runFeature(shareWithInstructor, ABOUT, classmateCourse('WRITER'));
    const again = await shadowOf('wbc-ws-share');
    await vi.waitFor(() => expect(again.querySelector('[data-shown-role="Writer"]')).not.toBeNull());
    expect(again.textContent).not.toContain('Your course asks for');
  });

  it('records "shared" only when the trainee clicks Save with the instructor in the list', async () => {
    loadSnapshot('workspace-share-added.html');
    expect(isSaveWithCollaborator(saveButton(), document, 'classmate@researchallofus.org')).toBe(true);
    expect(isSaveWithCollaborator(saveButton(), document, 'ada.example@researchallofus.org')).toBe(false);
    expect(
      isSaveWithCollaborator(
        document.querySelector('[role="dialog"] [role="button"]'),
        document,
        'classmate@researchallofus.org',
      ),
    ).toBe(false);
    current = runFeature(shareWithInstructor, ABOUT, classmateCourse('READER'));
    await shadowOf('wbc-ws-share');
    saveButton().click();
    expect(current.events).toEqual([
      {
        step: 'workspace-shared',
        state: 'done',
        source: '/workspaces/aou-rw-42/garcia_cwml_training/about',
        collaborator: 'classmate@researchallofus.org',
        workspace: { namespace: 'aou-rw-42', name: 'garcia_cwml_training' },
      },
    ]);
  });

  it('a course without a collaborator shows nothing', async () => {
    loadSnapshot('workspace-share-modal.html');
    current = runFeature(shareWithInstructor, ABOUT, builtInCourse);
    await current.done;
    expect(document.querySelector('wbc-ws-share')).toBeNull();
  });
});

describeWithSnapshots('who the Share search can find', () => {
  it('says the search finds Workbench usernames or names with access to the data tier, with its source', async () => {
    loadSnapshot('workspace-share-modal.html');
    current = runFeature(shareWithInstructor, ABOUT, exampleCourse);
    const root = await shadowOf('wbc-ws-share');
    expect(root.textContent).toMatch(
      /Workbench username \(…@researchallofus\.org\)[\s\S]*data tier[\s\S]*shows no one/,
    );
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      exampleCourse.help.sharingWorkspaces,
    ]);
  });
});
