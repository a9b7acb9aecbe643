// What a Researcher Workbench 2.0 page shows, read from its text and roles alone (its DOM is not public).
import { textOf } from './dom';
import { matchesNameTemplate } from '../domain/progress/workspace-progress';
import * as sel from './selectors';
import { personFieldName, shareDialogTitle } from './text-matches';
import { showsCollaboratorWithRole } from './rw2-part3';
import { WORKBENCH_ROLE_NAMES, type CollaboratorRole } from '../domain/workbench/collaborator-role';
import { foldSpaces } from '../domain/text/fold-spaces';

const outsideDialogs = (el: Element) => !el.closest(sel.anyDialog);
const fold = (text: string) => foldSpaces(text).toLowerCase();

/**
 * The page's heading naming a workspace after the course's rule (the workspace's own page, not the "New workspace"
 * dialog).
 */
export function courseWorkspaceHeading(root: ParentNode, template: string): Element | undefined {
  return [...root.querySelectorAll(sel.anyHeading)].find(
    (h) => outsideDialogs(h) && matchesNameTemplate(textOf(h), template),
  );
}

/** The sharing dialog's email field: a dialog that says "share" with a field for an email or a person. */
export function shareDialogEmailField(root: ParentNode): HTMLInputElement | undefined {
  for (const dialog of root.querySelectorAll(sel.anyDialog)) {
    const title = fold(
      `${dialog.getAttribute('aria-label') ?? ''} ${[...dialog.querySelectorAll(sel.anyHeading)].map(textOf).join(' ')}`,
    );
    if (!shareDialogTitle.test(title)) continue;
    const field = [...dialog.querySelectorAll<HTMLInputElement>(sel.textField)].find(
      (input) => input.type === 'email' || personFieldName.test(namesOf(input)),
    );
    if (field) return field;
  }
  return undefined;
}

function namesOf(input: HTMLInputElement): string {
  const labelled = (input.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? input.ownerDocument.getElementById(id)?.textContent : '') ?? '');
  const labels = [...(input.labels ?? [])].map((label) => label.textContent ?? '');
  return fold([input.getAttribute('aria-label'), input.placeholder, input.name, ...labelled, ...labels].join(' '));
}

/** Text the page displays (not inside dialogs, form fields or our own UI): where RW 2.0 shows what was saved. */
function displayedText(root: ParentNode): string {
  const parts: string[] = [];
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && outsideDialogs(parent) && !parent.closest(sel.formField)) parts.push(node.nodeValue ?? '');
  }
  return fold(parts.join(' '));
}

/** The page displays the course's answer to the first summary question: the Research Use Statement was saved. */
export function showsCourseAnswers(root: ParentNode, intendedStudy: string): boolean {
  const answer = fold(intendedStudy).slice(0, 80);
  return answer.length > 0 && displayedText(root).includes(answer);
}

/** The page lists the collaborator beside the course's role, as the Workbench names it (the people with access). */
export function showsCollaborator(root: ParentNode, email: string, role: CollaboratorRole): boolean {
  return showsCollaboratorWithRole(root, email, WORKBENCH_ROLE_NAMES[role]);
}
