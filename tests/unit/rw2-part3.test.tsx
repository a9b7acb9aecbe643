// Researcher Workbench 2.0's Part 3 read from what its pages show, the tips on each step, and the progress they prove.
import { afterEach, describe, expect, it } from 'vitest';
import { rw2DataCollectionTips } from '@/content/rw2/features/rw2-data-collection-tips';
import { rw2NewWorkspaceTips } from '@/content/rw2/features/rw2-new-workspace-tips';
import { rw2Progress, rw2ProgressEvents } from '@/content/rw2/features/rw2-progress';
import { rw2ShareWithInstructor } from '@/content/rw2/features/rw2-share-with-instructor';
import { builtInCourse } from '@/domain/course/active';
import type { Course } from '@/domain/course/schema';
import * as tm from '@/site/text-matches';
import {
  accessibleName,
  addToWorkspaceButton,
  catalogDialog,
  dataFromCatalogButton,
  fillOutQuestionsButton,
  imSureCheckbox,
  resourcesTabBar,
  selectAllResources,
  showsCollaboratorWithRole,
  showsResearchUseStatementCompleted,
  shownCollectionTier,
  tierChoice,
  workspaceDialog,
  workspaceDialogField,
  workspaceTextField,
} from '@/site/rw2-part3';
import {
  CATALOG_RESOURCES,
  CATALOG_REVIEW,
  catalogCollection,
  catalogPolicies,
  NEW_WORKSPACE_DESCRIPTION,
  NEW_WORKSPACE_DETAILS,
  NEW_WORKSPACE_POLICIES,
  shareDialog,
  WORKSPACE_URL,
  WORKSPACES_LIST,
  workspacePage,
} from '../fixtures/rw2-part3-pages';
import { loadHtml } from '../support/snapshots';
import { ourRoot, startRun, type TestRun } from '../support/feature-run';

const EMAIL = 'ada.example@researchallofus.org';
const courseWith = (workspace: Partial<Course['workspace']> = {}): Course => ({
  ...builtInCourse,
  workspace: {
    ...builtInCourse.workspace,
    nameTemplate: '{lastName}_CWML_training',
    accessTier: 'registered',
    collaborator: { email: EMAIL, role: 'READER' },
    ...workspace,
  },
});
const course = courseWith();
let current: TestRun | undefined;
afterEach(() => current?.abort());

const run = async (html: string, features = [rw2NewWorkspaceTips, rw2DataCollectionTips], using = course) => {
  loadHtml(html);
  current = startRun(features, WORKSPACE_URL, using);
  await current.done;
};
/** The ids of the tips placed in the page, in page order. */
const tipIds = () =>
  [...document.querySelectorAll('*')]
    .map((el) => ourRoot(el.localName)?.querySelector('[data-wbc-tip]')?.getAttribute('data-wbc-tip'))
    .filter(Boolean);
const tipText = (id: string) => ourRoot(`wbc-tip-${id}`)?.textContent ?? '';

describe('Part 3 text matches, each with what it must and must not match', () => {
  const cases: Array<[keyof typeof tm, string[], string[]]> = [
    [
      'workspaceDialogTitle',
      ['New workspace', '+ New workspace', 'Create a new workspace', 'Edit workspace'],
      ['Workspaces', 'Share workspace', 'Delete workspace'],
    ],
    [
      'workspaceSummaryName',
      ['Summary', 'Workspace summary', 'Summary (optional)'],
      ['Research summary questions', 'Description'],
    ],
    ['workspaceIdName', ['Workspace ID', 'Workspace ID *'], ['Workspace name', 'Pod ID']],
    ['podName', ['Pod', 'Billing pod'], ['Podcast', 'Your pods and billing']],
    ['groupPolicyName', ['Group policy', 'Group policies'], ['Region policy', 'Groups']],
    [
      'noGroupPolicyOption',
      ["No, don't apply policy", 'No, do not apply a policy'],
      ['Limit discoverability to people who are members of all selected groups'],
    ],
    ['regionName', ['Region', 'Region *'], ['Region policy: resources must stay', 'Select a region for the app']],
    ['workspaceDescriptionName', ['Description', 'Workspace description'], ['Summary', 'No description']],
    ['resourcesTabName', ['Resources'], ['Data resources', 'Overview']],
    [
      'dataFromCatalogButton',
      ['+ Data from catalog', 'Data from catalog', '+ Add data from the catalog'],
      ['Browse the data catalog', '+ New workspace'],
    ],
    [
      'catalogDialogTitle',
      ['Add data from catalog', 'Data from catalog', 'Add a data collection'],
      ['New workspace', 'Share “x”'],
    ],
    [
      'registeredTierName',
      ['All of Us Registered Tier', 'Tier: Registered Tier'],
      ['All of Us Controlled Tier', 'Registered'],
    ],
    [
      'controlledTierName',
      ['All of Us Controlled Tier', 'Controlled Tier'],
      ['All of Us Registered Tier', 'Controlled'],
    ],
    [
      'groupMention',
      ['Group: All of Us Controlled Tier', 'Members of all selected groups'],
      ['All of Us Controlled Tier', 'Groupware'],
    ],
    [
      'selectAllResourcesName',
      ['Select all resources', 'Select all'],
      ['cdrv9 BigQuery dataset', 'Select all resources you need below'],
    ],
    ['fillOutQuestionsButton', ['Fill out the questions', 'Fill out questions'], ['Edit answers', 'Questions']],
    [
      'imSureName',
      ["I'm sure: I understand these policies will be applied", 'I am sure'],
      ['Are you sure?', 'Make sure the policies fit'],
    ],
    [
      'addToWorkspaceButton',
      ['Add to your workspace', 'Add to workspace'.replace('to', 'to the')],
      ['Add to workspace list later', 'Add people'],
    ],
    [
      'researchUseStatementName',
      ['Research Use Statement', 'Research Use Statement: Completed'],
      ['Research purpose', 'Use statement'],
    ],
    [
      'completedStatus',
      ['Completed', 'Research Use Statement: Completed', 'Status: Completed'],
      ['Incomplete', 'Complete the form', 'Completed forms are listed below'],
    ],
    ['shareDialogTitle', ['Share “Garcia_CWML_training”', 'Sharing'], ['Shared drives are off', 'Rename workspace']],
    ['personFieldName', ['Add people by email', 'Username', 'Collaborator'], ['Workspace description', 'Role']],
  ];
  it.each(cases)('%s', (name, matching, notMatching) => {
    const pattern = tm[name] as RegExp;
    for (const text of matching) expect(pattern.test(tm.foldText(text)), text).toBe(true);
    for (const text of notMatching) expect(pattern.test(tm.foldText(text)), text).toBe(false);
  });
});

describe('the "New workspace" dialog, read by its title and its fields’ names', () => {
  it('step 1 shows summary, workspace ID and pod; not the later steps’ fields', () => {
    loadHtml(WORKSPACES_LIST + NEW_WORKSPACE_DETAILS);
    expect(workspaceDialog(document)).toBeDefined();
    expect(workspaceTextField(document, 'summary')?.id).toBe('nw-summary');
    expect(workspaceDialogField(document, 'workspaceId')?.id).toBe('nw-id');
    expect(workspaceDialogField(document, 'pod')?.getAttribute('role')).toBe('combobox');
    for (const field of ['groupPolicy', 'region', 'description'] as const)
      expect(workspaceDialogField(document, field), field).toBeUndefined();
  });

  it('step 2 shows the group policy (its radio group) and the region; step 3 the description', () => {
    loadHtml(NEW_WORKSPACE_POLICIES);
    expect(workspaceDialogField(document, 'groupPolicy')?.getAttribute('role')).toBe('radiogroup');
    expect(accessibleName(workspaceDialogField(document, 'region')!)).toContain('region');
    expect(workspaceDialogField(document, 'summary')).toBeUndefined();
    loadHtml(NEW_WORKSPACE_DESCRIPTION);
    expect(workspaceTextField(document, 'description')?.localName).toBe('textarea');
  });

  it('the same fields in another dialog (sharing) or on no dialog at all are not the workspace dialog', () => {
    loadHtml(shareDialog());
    expect(workspaceDialog(document)).toBeUndefined();
    expect(workspaceDialogField(document, 'summary')).toBeUndefined();
    loadHtml(NEW_WORKSPACE_DETAILS.replace(/role="dialog"/, 'role="region"'));
    expect(workspaceDialogField(document, 'summary')).toBeUndefined();
  });
});

describe('the workspace page and the "Data from catalog" dialog, step by step', () => {
  it('Resources → "+ Data from catalog": the tab bar on Overview, the button on Resources', () => {
    loadHtml(workspacePage());
    expect(resourcesTabBar(document)?.className).toBe('MuiTabs-root');
    expect(dataFromCatalogButton(document)).toBeUndefined();
    loadHtml(workspacePage({ tab: 'resources' }));
    expect(dataFromCatalogButton(document)?.textContent).toBe('+ Data from catalog');
    loadHtml(`<div role="dialog" aria-label="Help">${'<button>+ Data from catalog</button>'}</div>`);
    expect(dataFromCatalogButton(document)).toBeUndefined();
  });

  it('Select collection: each tier’s choice by its name; not on the review step that names the tier without a choice', () => {
    loadHtml(catalogCollection('registered'));
    expect(catalogDialog(document)).toBeDefined();
    expect(tierChoice(document, 'registered')?.getAttribute('aria-label')).toBe('All of Us Registered Tier');
    expect((tierChoice(document, 'controlled') as HTMLInputElement).disabled).toBe(true);
    loadHtml(CATALOG_REVIEW);
    expect(tierChoice(document, 'registered')).toBeUndefined();
    expect(addToWorkspaceButton(document)?.textContent).toBe('Add to your workspace');
  });

  it('Select resources, Review policies: each step’s control, and none of the others’', () => {
    loadHtml(CATALOG_RESOURCES);
    expect(selectAllResources(document)).toBeDefined();
    expect([fillOutQuestionsButton(document), imSureCheckbox(document), addToWorkspaceButton(document)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    loadHtml(catalogPolicies());
    expect(fillOutQuestionsButton(document)?.textContent).toBe('Fill out the questions');
    expect(imSureCheckbox(document)).toBeDefined();
    expect(selectAllResources(document)).toBeUndefined();
  });

  it('a dialog with the same controls but another title is not the catalog', () => {
    loadHtml(CATALOG_RESOURCES.replace('Add data from catalog', 'Export data'));
    expect(selectAllResources(document)).toBeUndefined();
  });
});

describe('progress the pages show', () => {
  it('the collection’s tier, only outside dialogs and only when one tier is named', () => {
    loadHtml(workspacePage({ tab: 'resources', tier: 'controlled' }));
    expect(shownCollectionTier(document)).toBe('controlled');
    loadHtml(workspacePage({ tab: 'resources' }));
    expect(shownCollectionTier(document)).toBeUndefined();
    loadHtml(workspacePage({ tab: 'resources' }) + catalogCollection('controlled'));
    expect(shownCollectionTier(document)).toBeUndefined();
    loadHtml('<main><p>All of Us Registered Tier</p><p>All of Us Controlled Tier</p></main>');
    expect(shownCollectionTier(document)).toBeUndefined();
    loadHtml('<main><select><option>Registered Tier</option></select></main>');
    expect(shownCollectionTier(document)).toBeUndefined();
    loadHtml(
      '<main><p>Group: All of Us Controlled Tier</p><p>Limited to the All of Us Controlled Tier group</p></main>',
    );
    expect(shownCollectionTier(document)).toBeUndefined();
  });

  it('the Research Use Statement: its card says Completed, or the workspace’s status line; never Incomplete', () => {
    loadHtml(catalogPolicies({ completed: true }));
    expect(showsResearchUseStatementCompleted(document)).toBe(true);
    loadHtml(catalogPolicies({ completed: false }));
    expect(showsResearchUseStatementCompleted(document)).toBe(false);
    loadHtml(workspacePage({ tier: 'registered', statement: true }));
    expect(showsResearchUseStatementCompleted(document)).toBe(true);
    loadHtml(workspacePage({ tier: 'registered', statement: false }));
    expect(showsResearchUseStatementCompleted(document)).toBe(false);
    // "Completed" elsewhere on a long page is not the statement's.
    loadHtml(`<main><p>Research Use Statement</p><p>${'Other text. '.repeat(60)}</p><p>Completed</p></main>`);
    expect(showsResearchUseStatementCompleted(document)).toBe(false);
  });

  it('the collaborator: a row with their email and the role’s name; another role or a bare mention does not count', () => {
    loadHtml(workspacePage({ people: [[EMAIL, 'Reader']] }));
    expect(showsCollaboratorWithRole(document, EMAIL, 'Reader')).toBe(true);
    expect(showsCollaboratorWithRole(document, EMAIL, 'Writer')).toBe(false);
    loadHtml(workspacePage({ people: [[EMAIL, 'Writer']] }));
    expect(showsCollaboratorWithRole(document, EMAIL, 'Reader')).toBe(false);
    loadHtml(`<main><p>${EMAIL} Reader</p></main>`);
    expect(showsCollaboratorWithRole(document, EMAIL, 'Reader')).toBe(false);
    loadHtml(`<ul role="listbox"><li role="option">${EMAIL} Reader</li></ul>`);
    expect(showsCollaboratorWithRole(document, EMAIL, 'Reader')).toBe(false);
    loadHtml(shareDialog([[EMAIL, 'Reader']]));
    expect(showsCollaboratorWithRole(document, EMAIL, 'Reader')).toBe(true);
    loadHtml(workspacePage({ people: [[`x${EMAIL}`, 'Reader']] }));
    expect(showsCollaboratorWithRole(document, EMAIL, 'Reader')).toBe(false);
  });

  it('rw2ProgressEvents: created, Research Use Statement, data collection with its tier, shared', () => {
    const url = new URL(WORKSPACE_URL);
    loadHtml(workspacePage({ tab: 'resources' }));
    expect(rw2ProgressEvents(document, url, course).map((e) => e.step)).toEqual(['workspace-created']);
    loadHtml(workspacePage({ tab: 'resources', tier: 'controlled', statement: true }));
    const events = rw2ProgressEvents(document, url, course);
    expect(events.map((e) => e.step)).toEqual(['workspace-created', 'research-use-statement', 'data-collection-added']);
    expect(events[2]).toMatchObject({
      state: 'done',
      tier: 'controlled',
      workspace: { namespace: 'workbench.verily.com/garcia-cwml-training', name: 'Garcia_CWML_training' },
    });
    loadHtml(workspacePage({ tier: 'registered', statement: true, people: [[EMAIL, 'Reader']] }));
    expect(rw2ProgressEvents(document, url, course).map((e) => e.step)).toEqual([
      'workspace-created',
      'research-use-statement',
      'workspace-shared',
    ]);
    loadHtml(
      workspacePage({ tab: 'resources', tier: 'registered' }).replace('Garcia_CWML_training', 'Other workspace'),
    );
    expect(rw2ProgressEvents(document, url, course)).toEqual([]);
  });

  it('the progress feature reports the collection once, with its tier', async () => {
    await run(workspacePage({ tab: 'resources', tier: 'registered', statement: true }), [rw2Progress]);
    expect(current!.events.filter((e) => e.step === 'data-collection-added')).toEqual([
      expect.objectContaining({ tier: 'registered', state: 'done' }),
    ]);
  });
});

describe('Part 3 tips, each on its own step', () => {
  it('step 1: summary, workspace ID and pod tips below their fields; nothing ticked, picked or typed', async () => {
    await run(WORKSPACES_LIST + NEW_WORKSPACE_DETAILS);
    await expect.poll(tipIds).toEqual(['rw2-ws-summary', 'rw2-ws-workspace-id', 'rw2-ws-pod']);
    expect(tipText('rw2-ws-pod')).toContain('cannot be changed after the workspace is created');
    expect(tipText('rw2-ws-workspace-id')).toContain('leave it as it is made');
    expect(document.querySelector<HTMLInputElement>('#nw-summary')!.value).toBe('');
    // The tip sits after the field's block (label, box and helper text), never inside the field.
    expect(document.querySelector('wbc-tip-rw2-ws-pod')!.previousElementSibling?.textContent).toContain('Pod');
  });

  it('step 1 with the course’s summary: Copy and "Put it in", which writes it only on the trainee’s click', async () => {
    const summary = 'Course workspace for the CWML training.';
    await run(NEW_WORKSPACE_DETAILS, [rw2NewWorkspaceTips], courseWith({ summary }));
    await expect.poll(() => ourRoot('wbc-tip-rw2-ws-summary')?.querySelector('[data-action="put"]')).toBeTruthy();
    const root = ourRoot('wbc-tip-rw2-ws-summary')!;
    expect(root.querySelector('[data-offer]')?.textContent).toBe(summary);
    expect(document.querySelector<HTMLInputElement>('#nw-summary')!.value).toBe('');
    root.querySelector<HTMLButtonElement>('[data-action="put"]')!.click();
    expect(document.querySelector<HTMLInputElement>('#nw-summary')!.value).toBe(summary);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Summary');
  });

  it('step 2: keep "No, don’t apply policy" (it stays chosen) and the region', async () => {
    await run(NEW_WORKSPACE_POLICIES);
    await expect.poll(tipIds).toEqual(['rw2-ws-group-policy', 'rw2-ws-region']);
    expect(tipText('rw2-ws-group-policy')).toContain('can never be removed');
    expect(tipText('rw2-ws-group-policy')).toContain(course.instructor.email);
    expect(document.querySelectorAll<HTMLInputElement>('input[type="radio"]')[0]!.checked).toBe(true);
  });

  it('step 3: the description is public; the course’s description is offered as text', async () => {
    await run(NEW_WORKSPACE_DESCRIPTION);
    await expect.poll(tipIds).toEqual(['rw2-ws-description']);
    expect(tipText('rw2-ws-description')).toContain('publicly accessible');
    current!.abort();
    const description = '<b>Not markup</b>: a course workspace.';
    await run(NEW_WORKSPACE_DESCRIPTION, [rw2NewWorkspaceTips], courseWith({ description }));
    await expect
      .poll(() => ourRoot('wbc-tip-rw2-ws-description')?.querySelector('[data-offer]')?.textContent)
      .toBe(description);
    expect(ourRoot('wbc-tip-rw2-ws-description')!.querySelector('b')).toBeNull();
  });

  it('the workspace page: "+ Data from catalog" with the course’s tier; gone once a collection shows', async () => {
    await run(workspacePage());
    await expect.poll(tipIds).toEqual(['rw2-add-data']);
    expect(document.querySelector('wbc-tip-rw2-add-data')!.nextElementSibling?.className).toBe('MuiTabs-root');
    expect(tipText('rw2-add-data')).toContain('Registered Tier');
    current!.abort();
    await run(workspacePage({ tab: 'resources' }));
    await expect.poll(tipIds).toEqual(['rw2-add-data']);
    expect(document.querySelector('wbc-tip-rw2-add-data')!.nextElementSibling?.textContent).toBe('+ Data from catalog');
    current!.abort();
    await run(workspacePage({ tab: 'resources', tier: 'registered' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(tipIds()).toEqual([]);
  });

  it('Select collection: above the table, naming the course’s tier row; nothing picked', async () => {
    await run(catalogCollection('controlled'), [rw2DataCollectionTips], courseWith({ accessTier: 'controlled' }));
    await expect.poll(tipIds).toEqual(['rw2-catalog-collection']);
    expect(tipText('rw2-catalog-collection')).toContain('All of Us Controlled Tier');
    expect(document.querySelector('wbc-tip-rw2-catalog-collection')!.nextElementSibling?.localName).toBe('table');
    expect([...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')].some((r) => r.checked)).toBe(false);
  });

  it('Select resources, Review policies, Review selection: each step’s tips; nothing ticked', async () => {
    await run(CATALOG_RESOURCES, [rw2DataCollectionTips]);
    await expect.poll(tipIds).toEqual(['rw2-catalog-resources']);
    current!.abort();
    await run(catalogPolicies(), [rw2DataCollectionTips]);
    await expect.poll(tipIds).toEqual(['rw2-catalog-statement', 'rw2-catalog-policies']);
    expect(tipText('rw2-catalog-policies')).toContain('permanent');
    expect(tipText('rw2-catalog-statement')).toContain('8-page');
    expect([...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].some((c) => c.checked)).toBe(
      false,
    );
    current!.abort();
    await run(CATALOG_REVIEW, [rw2DataCollectionTips]);
    await expect.poll(tipIds).toEqual(['rw2-catalog-add']);
    expect(tipText('rw2-catalog-add')).toContain('30 minutes');
    expect(document.querySelector('wbc-tip-rw2-catalog-add')!.nextElementSibling?.className).toBe(
      'MuiDialogActions-root',
    );
  });

  it('sharing: Reader from the one role mapping; a Controlled Tier course is told the instructor needs that access', async () => {
    await run(workspacePage(), [rw2ShareWithInstructor], courseWith({ accessTier: 'controlled' }));
    await expect.poll(tipIds).toEqual(['rw2-share']);
    expect(tipText('rw2-share')).toContain(`${EMAIL} as Reader`);
    expect(tipText('rw2-share')).toContain('Controlled Tier access');
    current!.abort();
    await run(workspacePage(), [rw2ShareWithInstructor]);
    await expect.poll(tipIds).toEqual(['rw2-share']);
    expect(tipText('rw2-share')).not.toContain('Controlled Tier');
  });

  it('no Part 3 tip on the legacy Workbench', async () => {
    loadHtml(workspacePage() + NEW_WORKSPACE_DETAILS);
    current = startRun(
      [rw2NewWorkspaceTips, rw2DataCollectionTips, rw2ShareWithInstructor],
      'https://workbench.researchallofus.org/workspaces/build',
      course,
    );
    await current.done;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(tipIds()).toEqual([]);
  });
});
