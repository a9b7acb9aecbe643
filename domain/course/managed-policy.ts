// Reads what an administrator set through Chrome policy (storage.managed). Read-only by design:
// the extension never writes managed storage. No zod here, so content scripts can use it.
import { browser } from 'wxt/browser';

export type PolicyValues = Record<string, unknown>;

export interface ManagedPolicyRead {
  values: PolicyValues;
  /** Why the policy could not be read (the course file then applies unchanged). */
  error?: string;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function readManagedPolicy(): Promise<ManagedPolicyRead> {
  try {
    const values: unknown = await browser.storage.managed.get();
    return { values: isPlainObject(values) ? values : {} };
  } catch (error) {
    return { values: {}, error: (error as Error)?.message ?? String(error) };
  }
}
