// Content scripts never call WXT's ui.autoMount(), the only user of @1natsu/wait-element; this stub keeps
// that library (and its dependencies) out of the size-budgeted content scripts.
export function waitElement(): Promise<never> {
  return Promise.reject(new Error('autoMount is not used by Workbench Companion'));
}
export const isExist = (element: unknown) => element !== null && element !== undefined;
export const isNotExist = (element: unknown) => element === null || element === undefined;
