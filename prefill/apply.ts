// The page side of the prefill: read facts, carry out a plan one widget at a time, undo it. Every function takes
// the root to work in (the document, a dialog, one page of it); widgets are looked up afresh before every step.
// React's response to each step is awaited with the runner's `waitFor`, on the content script's one page observer.
import { query, queryAll, textOf } from '../site/dom';
import type { WaitFor } from '../site/anchor';
import * as sel from '../site/selectors';
import { createWorkspaceButtonText, normalizeText } from '../site/text-matches';
import { chooseRadio, hover, setAriaChecked, setChecked, setEditableText, setSelect, setText } from './drivers';
import { locateField, locateFields, type Target } from './locate';
import { choiceMeanings } from './resolve';

export type PickOutcome = 'ok' | 'not-found' | 'not-sure' | 'failed';
/** Reads and picks a choice offered as a dropdown (a select, a combobox with a listbox): `combobox.ts`. */
export interface DropdownDriver {
  read(el: HTMLElement, meanings: Record<string, RegExp>): string;
  pick(el: HTMLElement, meanings: Record<string, RegExp>, want: string, waitFor: WaitFor): Promise<PickOutcome>;
}
// The legacy Workbench asks every choice with radios: its content script leaves the dropdown driver out (size budget).
let dropdowns: DropdownDriver | undefined;
/** Lets choices offered as dropdowns be read and picked (Researcher Workbench 2.0). */
export function enableDropdowns(driver: DropdownDriver): void {
  dropdowns = driver;
}
import {
  APPEARS_AFTER,
  FIELD_IDS,
  FIELD_KINDS,
  matchOption,
  type FieldFact,
  type FieldId,
  type FormFacts,
  type Plan,
} from './plan';

export type ResultStatus = 'filled' | 'same' | 'kept-user' | 'not-found' | 'not-sure' | 'failed' | 'needs-last-name';
export interface FieldResult {
  field: FieldId;
  status: ResultStatus;
  shortened?: boolean;
}

type Value = string | boolean;
/** What one applied action changed, so Undo can put it back. */
export interface UndoStep {
  field: FieldId;
  before: Value;
  after: Value;
}

const isNative = (el: Element): el is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
const isChecked = (el: Element) =>
  el instanceof HTMLInputElement ? el.checked : el.getAttribute('aria-checked') === 'true';
const isDisabled = (el: Element) => (isNative(el) && el.disabled) || el.getAttribute('aria-disabled') === 'true';

function readTarget(field: FieldId, target: Target | undefined): Value | undefined {
  if (target?.status !== 'found') return undefined;
  if ('options' in target) return Object.entries(target.options).find(([, el]) => isChecked(el))?.[0] ?? '';
  const { el } = target;
  if (FIELD_KINDS[field] === 'checkbox') return isChecked(el);
  const meanings = choiceMeanings(field);
  // A choice offered as a dropdown: the answer its shown value means ('' for none); unreadable without the driver.
  if (meanings) return dropdowns?.read(el, meanings);
  return isNative(el) ? el.value : textOf(el);
}

const read = (root: ParentNode, field: FieldId) => readTarget(field, locateField(root, field));

const optionsOf = (select: HTMLSelectElement) => [...select.options].map((o) => ({ value: o.value, label: textOf(o) }));

/** What the page shows for each field (all by default), found by the Workbench's ids or else by meaning. */
export function readFormFacts(root: ParentNode, fields: readonly FieldId[] = FIELD_IDS): FormFacts {
  const facts: FormFacts = {};
  const targets = locateFields(root, fields);
  for (const field of fields) {
    const target = targets[field];
    const value = readTarget(field, target);
    let fact: FieldFact = target?.status === 'not-sure' ? { present: false, notSure: true } : { present: false };
    if (value !== undefined) {
      const select =
        target?.status === 'found' && 'el' in target && target.el instanceof HTMLSelectElement ? target.el : undefined;
      fact = select ? { present: true, value, options: optionsOf(select) } : { present: true, value };
    }
    facts[field] = fact;
  }
  return facts;
}

const same = (a: Value | undefined, b: Value) =>
  typeof b === 'string' ? String(a ?? '').trim() === b.trim() : a === b;

/** One widget, with the driver its kind (and native or ARIA build) needs. */
async function drive(field: FieldId, el: HTMLElement, value: Value, waitFor: WaitFor): Promise<PickOutcome> {
  const kind = FIELD_KINDS[field];
  const native = isNative(el);
  const meanings = choiceMeanings(field);
  if (kind === 'text') native ? setText(el as HTMLInputElement, String(value)) : setEditableText(el, String(value));
  else if (kind === 'checkbox')
    native ? setChecked(el as HTMLInputElement, value === true) : setAriaChecked(el, value === true);
  else if (kind === 'radio' && meanings && !isRadio(el))
    return dropdowns ? dropdowns.pick(el, meanings, String(value), waitFor) : 'failed';
  else if (kind === 'radio') native ? chooseRadio(el as HTMLInputElement) : setAriaChecked(el, true);
  else if (el instanceof HTMLSelectElement) setSelect(el, String(value));
  // A combobox for a value (not a choice by meaning) is not ours to guess.
  else return 'failed';
  return 'ok';
}

const isRadio = (el: Element) =>
  (el instanceof HTMLInputElement && el.type === 'radio') || el.getAttribute('role') === 'radio';

/** Writes one value with the widget's own driver; the element is looked up again right now. */
async function write(
  root: ParentNode,
  waitFor: WaitFor,
  field: FieldId,
  value: Value,
): Promise<'ok' | 'not-found' | 'not-sure' | 'failed'> {
  const find = () => {
    const target = locateField(root, field);
    if (target.status !== 'found') return undefined;
    return 'options' in target ? target.options[String(value)] : target.el;
  };
  let el = find();
  if (!el) return locateField(root, field).status === 'not-sure' ? 'not-sure' : 'not-found';
  // e.g. the Q3 "Other" text stays disabled until React re-renders after its checkbox was clicked.
  if (isDisabled(el) && !(await until(waitFor, () => !isDisabled(find() ?? el!)))) return 'failed';
  el = find();
  if (!el) return 'failed';
  const driven = await drive(field, el, value, waitFor);
  if (driven !== 'ok') return driven;
  return (await until(waitFor, () => same(read(root, field), value))) ? 'ok' : 'failed';
}

/** Applies the plan's "apply" actions in order; reports every field and what Undo needs. */
export async function applyPlan(
  root: ParentNode,
  plan: Plan,
  waitFor: WaitFor,
): Promise<{ results: FieldResult[]; undo: UndoStep[] }> {
  const results: FieldResult[] = [];
  const undo: UndoStep[] = [];
  for (const action of plan.actions) {
    const { field, shortened } = action;
    const extra = shortened ? { shortened } : {};
    if (action.status !== 'apply') {
      results.push({ field, status: action.status, ...extra });
      continue;
    }
    let before = read(root, field);
    // A text that only appears once its box is ticked (the box was the step before): give the page a moment.
    if (before === undefined && APPEARS_AFTER[field])
      before = (await until(waitFor, () => read(root, field) !== undefined)) ? read(root, field) : undefined;
    let value = action.value;
    if (field === 'datasetVersion') {
      const target = locateField(root, field);
      const select =
        target.status === 'found' && 'el' in target && target.el instanceof HTMLSelectElement ? target.el : undefined;
      value = (select && matchOption(optionsOf(select), String(value))?.value) ?? '';
      if (!value) {
        results.push({ field, status: 'not-found' });
        continue;
      }
    }
    const outcome = before === undefined ? 'not-found' : await write(root, waitFor, field, value);
    if (outcome === 'ok') undo.push({ field, before: before!, after: value });
    results.push({ field, status: outcome === 'ok' ? 'filled' : outcome, ...extra });
  }
  return { results, undo };
}

export type UndoStatus = 'restored' | 'kept-user' | 'not-found' | 'not-sure' | 'cannot-clear' | 'failed';

/** Puts back what the prefill changed, newest first; anything the trainee changed since is kept. */
export async function undoPrefill(
  root: ParentNode,
  steps: UndoStep[],
  waitFor: WaitFor,
): Promise<Array<{ field: FieldId; status: UndoStatus }>> {
  const out: Array<{ field: FieldId; status: UndoStatus }> = [];
  for (const { field, before, after } of [...steps].reverse()) {
    const now = read(root, field);
    let status: UndoStatus;
    if (now === undefined) status = 'not-found';
    else if (!same(now, after)) status = 'kept-user';
    // The Workbench offers no way to unselect a radio: say so rather than fake it.
    else if (FIELD_KINDS[field] === 'radio' && before === '') status = 'cannot-clear';
    else {
      const outcome = await write(root, waitFor, field, before);
      status = outcome === 'ok' ? 'restored' : outcome;
    }
    out.push({ field, status });
  }
  return out;
}

export type CreateState = 'enabled' | 'disabled' | 'not-found';

/** The page's own "Create workspace" button: the legacy div-button by its label, else the one button saying so. */
function createButton(root: ParentNode): HTMLElement | undefined {
  const legacy = query(root, sel.createWorkspaceButton);
  if (legacy) return legacy;
  const named = queryAll(root, sel.pageButton).filter((button) =>
    createWorkspaceButtonText.test(normalizeText(button.getAttribute('aria-label') || textOf(button))),
  );
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Disabled as a native button, by aria-disabled, or (the legacy Workbench's only signal) by an inline `cursor:
 * not-allowed`.
 */
export function createButtonState(root: ParentNode): CreateState {
  const button = createButton(root);
  if (!button) return 'not-found';
  return isDisabled(button) || (button as HTMLButtonElement).disabled || button.style.cursor === 'not-allowed'
    ? 'disabled'
    : 'enabled';
}

/** Hovers the disabled button and reads the Workbench's own list of what is missing. */
export async function missingAnswers(doc: Document, waitFor: WaitFor): Promise<string[]> {
  const button = query(doc, sel.createWorkspaceButton);
  if (!button) return [];
  hover(button, true);
  await until(waitFor, () => queryAll(doc, sel.createErrorsTooltip).length > 0, 400);
  const items = queryAll(doc, sel.createErrorsTooltip).map((li) => textOf(li));
  hover(button, false);
  return items;
}

/** True as soon as the check passes (after a microtask, or when the page changes), false after the timeout. */
async function until(waitFor: WaitFor, check: () => boolean, timeoutMs = 1000): Promise<boolean> {
  await Promise.resolve();
  return (await waitFor(check, timeoutMs)) === true || check();
}
