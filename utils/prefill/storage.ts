// The prefill's own small memory in extension storage (never the Workbench's fields).
import { browser } from 'wxt/browser';

const LAST_NAME = 'traineeLastName';
const CREATE_REQUEST = 'workspaceCreateRequest';

export interface CreateRequest {
  name: string;
  at: number;
}

export async function loadLastName(): Promise<string> {
  const value = (await browser.storage.local.get(LAST_NAME))[LAST_NAME];
  return typeof value === 'string' ? value : '';
}

export async function saveLastName(lastName: string): Promise<void> {
  await browser.storage.local.set({ [LAST_NAME]: lastName.trim() });
}

/** Noted when the trainee clicks Confirm, so the page that follows can be recognised as the new workspace. */
export async function noteCreateRequest(name: string, at = Date.now()): Promise<void> {
  await browser.storage.local.set({ [CREATE_REQUEST]: { name, at } satisfies CreateRequest });
}

export async function loadCreateRequest(): Promise<CreateRequest | undefined> {
  const value = (await browser.storage.local.get(CREATE_REQUEST))[CREATE_REQUEST] as Partial<CreateRequest> | undefined;
  return typeof value?.name === 'string' && typeof value.at === 'number' ? { name: value.name, at: value.at } : undefined;
}

export async function clearCreateRequest(): Promise<void> {
  await browser.storage.local.remove(CREATE_REQUEST);
}
