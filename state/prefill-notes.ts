// The prefill's own small memory in extension storage (never the Workbench's fields).
import type { CreateRequest } from '../domain/progress/workspace-progress';
import { traineeLastName, workspaceCreateRequest } from './items';

export type { CreateRequest };

export async function loadLastName(): Promise<string> {
  const value: unknown = await traineeLastName.getValue();
  return typeof value === 'string' ? value : '';
}

export async function saveLastName(lastName: string): Promise<void> {
  await traineeLastName.setValue(lastName.trim());
}

/** Noted when the trainee clicks Confirm, so the page that follows can be recognised as the new workspace. */
export async function noteCreateRequest(name: string, at = Date.now()): Promise<void> {
  await workspaceCreateRequest.setValue({ name, at });
}

export async function loadCreateRequest(): Promise<CreateRequest | undefined> {
  const value = (await workspaceCreateRequest.getValue()) as Partial<CreateRequest> | null;
  return typeof value?.name === 'string' && typeof value.at === 'number'
    ? { name: value.name, at: value.at }
    : undefined;
}

export async function clearCreateRequest(): Promise<void> {
  await workspaceCreateRequest.removeValue();
}
