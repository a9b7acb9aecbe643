// Reads the Data Access Requirements modules from the Workbench's own status markers.
import type { StepState } from './progress/events';
import type { StepId } from './progress/steps';
import { textOf } from './dom';

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
  const found: AccessModuleState[] = [];
  for (const module of Object.keys(ACCESS_MODULES) as AccessModuleName[]) {
    const row = root.querySelector<HTMLElement>(`[data-test-id="module-${module}"]`);
    if (!row) continue;
    const marker = row.querySelector(`[data-test-id^="module-${module}-"][data-test-id$="complete"], [data-test-id="module-${module}-ineligible"]`);
    const suffix = marker?.getAttribute('data-test-id')?.slice(`module-${module}-`.length) ?? '';
    const state = STATUS[suffix];
    if (!state) continue;
    const date = /(?:Completed|Bypassed) on:\s*([A-Z][a-z]{2} \d{1,2}, \d{4})/.exec(textOf(row))?.[1];
    found.push({
      module,
      step: ACCESS_MODULES[module],
      state,
      shownDate: date,
      isNext: !!row.querySelector('[data-test-id="next-module-cta"]'),
      isActive: !!row.querySelector(`[data-test-id="module-${module}-clickable-text"]`),
      row,
    });
  }
  return found;
}
