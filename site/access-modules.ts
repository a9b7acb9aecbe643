// Reads the Data Access Requirements modules from the Workbench's own status markers.
import type { StepState } from '../domain/progress/events';
import type { StepId } from '../domain/progress/steps';
import { query, queryAll, textOf } from './dom';
import * as sel from './selectors';

export const ACCESS_MODULES = {
  TWO_FACTOR_AUTH: 'two-factor',
  IDENTITY: 'identity',
  COMPLIANCE_TRAINING: 'rt-training',
  CT_COMPLIANCE_TRAINING: 'ct-training',
  DATA_USER_CODE_OF_CONDUCT: 'ducc',
} as const satisfies Record<string, StepId>;
export type AccessModuleName = keyof typeof ACCESS_MODULES;

export interface AccessModuleState {
  module: AccessModuleName;
  step: StepId;
  state: StepState;
  /** "Nov 18, 2026" when the row shows "Completed on:" or "Bypassed on:". */
  shownDate?: string;
  /** The module the Workbench marks NEXT. */
  isNext: boolean;
  /** The Workbench shows the title as active ("clickable-text"): focused, or an optional step open now. */
  isActive: boolean;
  row: HTMLElement;
}

const STATUS: Record<string, StepState> = { complete: 'done', incomplete: 'pending', ineligible: 'ineligible' };

export function readAccessModules(root: ParentNode): AccessModuleState[] {
  const rows = new Map(queryAll(root, sel.darModule).map((row) => [row.getAttribute('data-test-id'), row]));
  const found: AccessModuleState[] = [];
  for (const module of Object.keys(ACCESS_MODULES) as AccessModuleName[]) {
    const row = rows.get(`module-${module}`);
    if (!row) continue;
    // "module-IDENTITY-complete": module names have no dash, so the state is after the last one.
    const marker = query(row, sel.darModuleStatus)?.getAttribute('data-test-id') ?? '';
    const state = STATUS[marker.slice(marker.lastIndexOf('-') + 1)];
    if (!state) continue;
    const date = sel.darCompletedOnText.exec(textOf(row))?.[1];
    found.push({
      module,
      step: ACCESS_MODULES[module],
      state,
      shownDate: date,
      isNext: !!query(row, sel.darNextModule),
      isActive: !!query(row, sel.darModuleActiveTitle),
      row,
    });
  }
  return found;
}
