// The page side of the prefill: read facts, carry out a plan one widget at a time, undo it.
import { query, queryAll, textOf } from '../dom';
import * as sel from '../selectors';
import { chooseRadio, hover, setChecked, setSelect, setText } from './drivers';
import { FIELD_IDS, FIELD_KINDS, matchOption, type FieldFact, type FieldId, type FormFacts, type Plan } from './plan';

const TARGETS: Record<FieldId, string> = {
  name: sel.workspaceName,
  accessTier: sel.accessTierSelect,
  datasetVersion: sel.datasetVersionSelect,
  educational: sel.educationalPurpose,
  intendedStudy: sel.intendedStudy,
  scientificApproach: sel.scientificApproach,
  anticipatedFindings: sel.anticipatedFindings,
  disseminationOther: sel.disseminationOther,
  disseminationOtherText: sel.disseminationOtherText,
  outcomeNone: sel.outcomeNoneApply,
  population: sel.populationRadio,
  aianType: sel.aianOption,
  aianDetails: sel.aianDetails,
  review: sel.reviewRadio,
};

export type ResultStatus = 'filled' | 'same' | 'kept-user' | 'not-found' | 'failed' | 'needs-last-name';
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

type Input = HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement;

/** "specific-population-no" → "no", "Option-NO_AI_AN_ANALYSIS" → "NO_AI_AN_ANALYSIS", "review-request-btn-false" → "false". */
function radioKey(el: Element): string {
  return el.id.startsWith('Option-') ? el.id.slice(7) : (el.getAttribute('data-test-id') ?? '').split('-').pop() ?? '';
}

const all = (root: ParentNode, field: FieldId) => queryAll<Input>(root, TARGETS[field]);

function read(root: ParentNode, field: FieldId): Value | undefined {
  const els = all(root, field);
  const el = els[0];
  if (!el) return undefined;
  const kind = FIELD_KINDS[field];
  if (kind === 'radio') {
    const checked = els.find((r) => r.checked);
    return checked ? radioKey(checked) : '';
  }
  return kind === 'checkbox' ? el.checked : el.value;
}

const optionsOf = (select: HTMLSelectElement) => [...select.options].map((o) => ({ value: o.value, label: textOf(o) }));

export function readFormFacts(root: ParentNode): FormFacts {
  const facts: FormFacts = {};
  for (const field of FIELD_IDS) {
    const value = read(root, field);
    let fact: FieldFact = { present: false };
    if (value !== undefined) {
      const select = FIELD_KINDS[field] === 'select' ? all(root, field)[0] : undefined;
      fact = select ? { present: true, value, options: optionsOf(select) } : { present: true, value };
    }
    facts[field] = fact;
  }
  return facts;
}

const same = (a: Value | undefined, b: Value) => (typeof b === 'string' ? String(a ?? '').trim() === b.trim() : a === b);

/** Writes one value with the widget's own driver; the element is looked up again right now. */
async function write(root: ParentNode, field: FieldId, value: Value): Promise<'ok' | 'not-found' | 'failed'> {
  const kind = FIELD_KINDS[field];
  const find = () => (kind === 'radio' ? all(root, field).find((r) => radioKey(r) === value) : all(root, field)[0]);
  let el = find();
  if (!el) return 'not-found';
  // e.g. the Q3 "Other" text stays disabled until React re-renders after its checkbox was clicked.
  if (el.disabled && !(await until(root, () => !find()?.disabled))) return 'failed';
  el = find()!;
  if (kind === 'text') setText(el, String(value));
  else if (kind === 'checkbox') setChecked(el, value === true);
  else if (kind === 'radio') chooseRadio(el);
  else setSelect(el, String(value));
  return (await until(root, () => same(read(root, field), value))) ? 'ok' : 'failed';
}

/** Applies the plan's "apply" actions in order; reports every field and what Undo needs. */
export async function applyPlan(root: ParentNode, plan: Plan): Promise<{ results: FieldResult[]; undo: UndoStep[] }> {
  const results: FieldResult[] = [];
  const undo: UndoStep[] = [];
  for (const action of plan.actions) {
    const { field, shortened } = action;
    const extra = shortened ? { shortened } : {};
    if (action.status !== 'apply') {
      results.push({ field, status: action.status, ...extra });
      continue;
    }
    const before = read(root, field);
    let value = action.value;
    if (field === 'datasetVersion') {
      const select = all(root, field)[0];
      value = (select && matchOption(optionsOf(select), String(value))?.value) ?? '';
      if (!value) {
        results.push({ field, status: 'not-found' });
        continue;
      }
    }
    const outcome = before === undefined ? 'not-found' : await write(root, field, value);
    if (outcome === 'ok') undo.push({ field, before: before!, after: value });
    results.push({ field, status: outcome === 'ok' ? 'filled' : outcome, ...extra });
  }
  return { results, undo };
}

export type UndoStatus = 'restored' | 'kept-user' | 'not-found' | 'cannot-clear' | 'failed';

/** Puts back what the prefill changed, newest first; anything the trainee changed since is kept. */
export async function undoPrefill(root: ParentNode, steps: UndoStep[]): Promise<Array<{ field: FieldId; status: UndoStatus }>> {
  const out: Array<{ field: FieldId; status: UndoStatus }> = [];
  for (const { field, before, after } of [...steps].reverse()) {
    const now = read(root, field);
    let status: UndoStatus;
    if (now === undefined) status = 'not-found';
    else if (!same(now, after)) status = 'kept-user';
    // The Workbench offers no way to unselect a radio: say so rather than fake it.
    else if (FIELD_KINDS[field] === 'radio' && before === '') status = 'cannot-clear';
    else {
      const outcome = await write(root, field, before);
      status = outcome === 'ok' ? 'restored' : outcome;
    }
    out.push({ field, status });
  }
  return out;
}

export type CreateState = 'enabled' | 'disabled' | 'not-found';

/** The Workbench's only disabled signal on its div-buttons is an inline `cursor: not-allowed`. */
export function createButtonState(root: ParentNode): CreateState {
  const button = query(root, sel.createWorkspaceButton);
  if (!button) return 'not-found';
  return button.style.cursor === 'not-allowed' ? 'disabled' : 'enabled';
}

/** Hovers the disabled button and reads the Workbench's own list of what is missing. */
export async function missingAnswers(doc: Document): Promise<string[]> {
  const button = query(doc, sel.createWorkspaceButton);
  if (!button) return [];
  hover(button, true);
  await until(doc, () => queryAll(doc, sel.createErrorsTooltip).length > 0, 400);
  const items = queryAll(doc, sel.createErrorsTooltip).map((li) => textOf(li));
  hover(button, false);
  return items;
}

/** Resolves true as soon as the check passes (after a microtask or a DOM change), false after the timeout. */
export function until(root: ParentNode, check: () => boolean, timeoutMs = 1000): Promise<boolean> {
  return Promise.resolve().then(() => {
    if (check()) return true;
    return new Promise<boolean>((resolve) => {
      const finish = (ok: boolean) => {
        observer.disconnect();
        clearTimeout(timer);
        resolve(ok);
      };
      const observer = new MutationObserver(() => check() && finish(true));
      observer.observe(root as Node, { subtree: true, childList: true, attributes: true, characterData: true });
      const timer = setTimeout(() => finish(check()), timeoutMs);
    });
  });
}
