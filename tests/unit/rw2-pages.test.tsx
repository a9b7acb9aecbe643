import { afterEach, describe, expect, it } from 'vitest';
import { rw2Progress, rw2ProgressEvents, rw2WorkspaceRef } from '@/content/rw2/features/rw2-progress';
import { rw2ResearchPurpose } from '@/content/rw2/features/rw2-research-purpose';
import { rw2ShareWithInstructor } from '@/content/rw2/features/rw2-share-with-instructor';
import { rw2WorkspaceName, workspaceNameField } from '@/content/rw2/features/rw2-workspace-name';
import { builtInCourse } from '@/domain/course/active';
import type { Course } from '@/domain/course/schema';
import { courseWorkspaceHeading, shareDialogEmailField, showsCollaborator, showsCourseAnswers } from '@/site/rw2-page';
import { QUESTIONS_ONLY_PAGE, rw2WorkspacePage } from '../fixtures/verily-pages';
import { mountRw2Dialog } from '../support/rw2-dialog-support';
import { startRun, type TestRun } from '../support/feature-run';
import { describeWithSnapshots, loadHtml, loadSnapshot } from '../support/snapshots';

const course: Course = {
  ...builtInCourse,
  workspace: {
    ...builtInCourse.workspace,
    nameTemplate: '{lastName}_CWML_training',
    collaborator: { email: 'ada.example@researchallofus.org', role: 'READER' },
  },
};
const WORKSPACE = 'https://workbench.verily.com/workspaces/garcia-cwml-training';
const page = (html: string) => loadHtml(new DOMParser().parseFromString(html, 'text/html').body.outerHTML);
let current: TestRun | undefined;
afterEach(() => current?.abort());

describe('reading Researcher Workbench 2.0 pages by what they show', () => {
  it('the workspace page: its heading follows the course rule; a dialog or another name does not count', () => {
    page(rw2WorkspacePage());
    expect(courseWorkspaceHeading(document, course.workspace.nameTemplate)?.textContent).toBe('Garcia_CWML_training');
    expect(courseWorkspaceHeading(document, 'other_{lastName}')).toBeUndefined();
    loadHtml('<div role="dialog"><h1>Garcia_CWML_training</h1></div>');
    expect(courseWorkspaceHeading(document, course.workspace.nameTemplate)).toBeUndefined();
  });

  it('the sharing dialog’s email field, only in a dialog that says share', () => {
    loadHtml(
      '<div role="dialog" aria-label="Share workspace"><input type="text" placeholder="Add people by email"></div>',
    );
    expect(shareDialogEmailField(document)?.placeholder).toBe('Add people by email');
    loadHtml('<div role="dialog" aria-label="Rename workspace"><input type="email"></div>');
    expect(shareDialogEmailField(document)).toBeUndefined();
    loadHtml('<div role="dialog"><h2>Sharing</h2><input type="text" aria-label="Workspace description"></div>');
    expect(shareDialogEmailField(document)).toBeUndefined();
  });

  it('answers and collaborators count only where the page displays them, never inside fields or dialogs', () => {
    const answer = course.answers.intendedStudy;
    loadHtml(`<main><p>${answer}</p></main>`);
    expect(showsCourseAnswers(document, answer)).toBe(true);
    loadHtml(`<main><textarea>${answer}</textarea><div role="dialog"><p>${answer}</p></div></main>`);
    expect(showsCourseAnswers(document, answer)).toBe(false);
    loadHtml('<ul><li>ada.example@researchallofus.org · Reader</li></ul>');
    expect(showsCollaborator(document, 'ada.example@researchallofus.org', 'READER')).toBe(true);
    expect(showsCollaborator(document, 'ada.example@researchallofus.org', 'WRITER')).toBe(false);
    loadHtml('<div role="dialog"><p>ada.example@researchallofus.org Reader</p></div>');
    expect(showsCollaborator(document, 'ada.example@researchallofus.org', 'READER')).toBe(false);
  });

  it('progress: created where the heading shows the course name; answered and shared only when the page shows them', () => {
    const url = new URL(WORKSPACE);
    page(rw2WorkspacePage());
    expect(rw2ProgressEvents(document, url, course).map((e) => e.step)).toEqual(['workspace-created']);
    page(
      rw2WorkspacePage({
        collaborators: `<li>ada.example@researchallofus.org — Reader</li><li>${course.answers.intendedStudy}</li>`,
      }),
    );
    const events = rw2ProgressEvents(document, url, course);
    expect(events.map((e) => e.step)).toEqual(['workspace-created', 'research-use-statement', 'workspace-shared']);
    expect(events[0]).toMatchObject({
      state: 'done',
      workspace: { namespace: 'workbench.verily.com/garcia-cwml-training', name: 'Garcia_CWML_training' },
    });
    loadHtml('<main><h1>Workspaces</h1></main>');
    expect(rw2ProgressEvents(document, url, course)).toEqual([]);
    expect(rw2WorkspaceRef(new URL('https://workbench.verily.com/'), 'x')).toEqual({
      namespace: 'workbench.verily.com',
      name: 'x',
    });
  });

  it('the progress feature reports once per new proof', async () => {
    page(rw2WorkspacePage());
    current = startRun([rw2Progress], WORKSPACE, course);
    await current.done;
    expect(current.events.map((e) => e.step)).toEqual(['workspace-created']);
  });
});

describe('features on the RW 2.0 dialog fixture (happy-dom)', () => {
  it('page 1: the name field is found by its label (random ids), and the name offer sits beside it', async () => {
    await mountRw2Dialog({ aian: true, page: 1 });
    expect(workspaceNameField(document)?.getAttribute('type')).toBe('text');
    current = startRun([rw2WorkspaceName, rw2ResearchPurpose], 'https://workbench.verily.com/workspaces', course);
    await current.done;
    await expect.poll(() => document.querySelector('wbc-rw2-name')).not.toBeNull();
    expect(document.querySelector('wbc-rw2-purpose')).toBeNull();
  });

  it('page 4: the panel sits before the first question, with Fill and a folded answer sheet', async () => {
    await mountRw2Dialog({ aian: false, page: 4 });
    current = startRun([rw2WorkspaceName, rw2ResearchPurpose], 'https://workbench.verily.com/workspaces', course);
    await current.done;
    await expect.poll(() => document.querySelector('wbc-rw2-purpose')).not.toBeNull();
    const root = document.querySelector('wbc-rw2-purpose')!.shadowRoot!;
    await expect.poll(() => root.querySelector('button[data-action="fill"]')).not.toBeNull();
    expect(root.querySelector('details.wbc-sheet:not([open])')).not.toBeNull();
    expect(document.querySelector('wbc-rw2-name')).toBeNull();
  });

  it('a page that only shows the question texts (a saved statement) gets no Fill panel; with a field under one, it does', async () => {
    page(QUESTIONS_ONLY_PAGE);
    current = startRun([rw2ResearchPurpose], 'https://workbench.verily.com/workspaces/x/research-purpose', course);
    await current.done;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(document.querySelector('wbc-rw2-purpose')).toBeNull();
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<textarea aria-label="Your answer"></textarea>');
    await expect.poll(() => document.querySelector('wbc-rw2-purpose')).not.toBeNull();
  });
});

describeWithSnapshots('the RW 2.0 features never act on the legacy Workbench', () => {
  for (const file of ['workspace-edit-create-initial.html', 'workspace-share-modal.html', 'workspace-about.html']) {
    it(`${file} served at the legacy host: nothing placed`, async () => {
      loadSnapshot(file);
      current = startRun(
        [rw2WorkspaceName, rw2ResearchPurpose, rw2ShareWithInstructor, rw2Progress],
        'https://workbench.researchallofus.org/workspaces/build',
        course,
      );
      await current.done;
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(document.querySelector('[data-wbc]')).toBeNull();
      expect(current.events).toEqual([]);
    });
  }
});
