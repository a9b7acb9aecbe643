// Researcher Workbench 2.0 progress, only where a page shows it, on the workspace's own page (its heading follows the
// course's name rule): created; the data collection added, with the tier it names; the Research Use Statement (a
// card or line saying "Completed", or the course's answers displayed); the collaborator listed beside the course's
// role (shared). Anything else the trainee marks in the popup.
import { textOf } from '@/site/dom';
import { defineFeature, type FeatureRun } from '@/content/runner/feature-runner';
import { isResearcherWorkbench2 } from '@/site/pages';
import type { ProgressEventInput } from '@/domain/progress/events';
import { courseWorkspaceHeading, showsCollaborator, showsCourseAnswers } from '@/site/rw2-page';
import { showsResearchUseStatementCompleted, shownCollectionTier } from '@/site/rw2-part3';
import type { ScriptCourse } from '@/domain/course/script-course';

/** Workspace IDs appear in RW 2.0 URLs (/workspaces/<id>/…); the namespace says which site the workspace is on. */
export function rw2WorkspaceRef(url: URL, name: string) {
  const id = /^\/workspaces\/([^/]+)/.exec(url.pathname)?.[1];
  return { namespace: id ? `${url.hostname}/${decodeURIComponent(id)}` : url.hostname, name };
}

export function rw2ProgressEvents(doc: Document, url: URL, course: ScriptCourse): ProgressEventInput[] {
  const heading = courseWorkspaceHeading(doc, course.workspace.nameTemplate);
  if (!heading) return [];
  const workspace = rw2WorkspaceRef(url, textOf(heading));
  const source = `${url.hostname}${url.pathname}`.slice(0, 200);
  const events: ProgressEventInput[] = [{ step: 'workspace-created', state: 'done', source, workspace }];
  if (showsResearchUseStatementCompleted(doc) || showsCourseAnswers(doc, course.answers.intendedStudy))
    events.push({ step: 'research-use-statement', state: 'done', source, workspace });
  const tier = shownCollectionTier(doc);
  if (tier) events.push({ step: 'data-collection-added', state: 'done', source, workspace, tier });
  const collaborator = course.workspace.collaborator;
  if (collaborator && showsCollaborator(doc, collaborator.email, collaborator.role)) {
    events.push({ step: 'workspace-shared', state: 'done', source, workspace, collaborator: collaborator.email });
  }
  return events;
}

function init(run: FeatureRun) {
  const { document: doc, url, course, report } = run;
  let sent = '';
  const send = () => {
    const events = rw2ProgressEvents(doc, url, course);
    const key = events.map((e) => `${e.step}${e.tier ?? ''}`).join();
    // The page re-renders often: report each new proof once per page.
    if (!events.length || key === sent) return;
    sent = key;
    report(events);
  };
  send();
  run.watch(send);
}

export const rw2Progress = defineFeature({ id: 'rw2-progress', include: [isResearcherWorkbench2], init });
