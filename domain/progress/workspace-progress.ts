// Pure rules: which workspace progress a page proves.
import type { ProgressEventInput } from './events';

/** Noted when the trainee asks to create a workspace, so the page that follows can be recognised. */
export interface CreateRequest {
  name: string;
  at: number;
}

export interface WorkspaceRef {
  namespace: string;
  name: string;
}

/** The Workbench derives a workspace's URL name by lower-casing and dropping all but a–z and 0–9. */
export function urlNameOf(name: string): string {
  return name.toLowerCase().replace(/[^0-9a-z]/g, '');
}

/** Whether a workspace (display or URL name) follows the course template, any last name in place of {lastName}. */
export function matchesNameTemplate(name: string, template: string): boolean {
  const parts = template.split('{lastName}').map((part) => urlNameOf(part).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[0-9a-z]+')}$`).test(urlNameOf(name));
}

/** Creating takes about a minute (the Workbench polls up to six); older notes belong to an attempt that failed. */
export const CREATE_REQUEST_TTL_MS = 15 * 60_000;

export function isJustCreated(request: CreateRequest | undefined, workspace: WorkspaceRef, now: number): boolean {
  if (!request || now - request.at > CREATE_REQUEST_TTL_MS || now < request.at) return false;
  const wanted = urlNameOf(request.name);
  return wanted !== '' && urlNameOf(workspace.name).startsWith(wanted);
}

/** A created workspace also proves its Research Use Statement: the Workbench refuses to create without it. */
export function createdEvents(workspace: WorkspaceRef, source: string): ProgressEventInput[] {
  return [
    { step: 'workspace-created', state: 'done', source, workspace },
    { step: 'research-use-statement', state: 'done', source, workspace },
  ];
}

/** Collaborator lines read "READER : a@b.org" on About and plain emails in the Share dialog. */
export function includesCollaborator(lines: string[], email: string): boolean {
  const wanted = email.trim().toLowerCase();
  return lines.some((line) => (line.split(':').pop() ?? '').trim().toLowerCase() === wanted);
}

export function sharedEvent(
  workspace: WorkspaceRef | undefined,
  collaborator: string,
  source: string,
): ProgressEventInput {
  return { step: 'workspace-shared', state: 'done', source, collaborator, ...(workspace ? { workspace } : {}) };
}
