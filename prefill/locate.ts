// Where each course field is on the page right now: the legacy Workbench's own ids as a fast path, else by meaning.
import { queryAll } from '../site/dom';
import * as sel from '../site/selectors';
import { collectPage, type PageControl } from './collect';
import { FIELD_IDS, FIELD_KINDS, type FieldId } from './plan';
import { resolveField } from './resolve';
import { isShown } from '../site/visibility';

const LEGACY_TARGETS: Record<FieldId, string> = {
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

/** One widget (native or ARIA), or for a radio field one widget per answer key. */
export type Target =
  | { status: 'found'; el: HTMLElement; aria: boolean }
  | { status: 'found'; options: Record<string, HTMLElement>; aria: boolean }
  | { status: 'not-found' }
  | { status: 'not-sure' };

/**
 * "specific-population-no" → "no", "Option-NO_AI_AN_ANALYSIS" → "NO_AI_AN_ANALYSIS", "review-request-btn-false" →
 * "false".
 */
function legacyRadioKey(el: Element): string {
  return el.id.startsWith('Option-')
    ? el.id.slice(7)
    : ((el.getAttribute('data-test-id') ?? '').split('-').pop() ?? '');
}

/** The legacy ids, only when they point at exactly one widget (two forms on a page are never guessed between). */
function legacyTarget(root: ParentNode, field: FieldId): Target {
  // A hidden copy of the legacy widget is not the trainee's field.
  const els = queryAll(root, LEGACY_TARGETS[field]).filter((el) => isShown(el));
  if (els.length === 0) return { status: 'not-found' };
  if (FIELD_KINDS[field] !== 'radio')
    return els.length === 1 ? { status: 'found', el: els[0]!, aria: false } : { status: 'not-sure' };
  const options: Record<string, HTMLElement> = {};
  for (const el of els) {
    const key = legacyRadioKey(el);
    if (!key) continue;
    if (options[key]) return { status: 'not-sure' };
    options[key] = el;
  }
  return Object.keys(options).length ? { status: 'found', options, aria: false } : { status: 'not-found' };
}

function meaningTarget(controls: PageControl[], field: FieldId): Target {
  const found = resolveField(field, controls);
  if (found.status === 'not-found') return { status: 'not-found' };
  if (found.status === 'not-sure') return { status: 'not-sure' };
  if ('control' in found)
    return { status: 'found', el: controls[found.control]!.el, aria: controls[found.control]!.aria };
  const options = Object.fromEntries(Object.entries(found.options).map(([key, index]) => [key, controls[index]!.el]));
  return { status: 'found', options, aria: Object.values(found.options).some((index) => controls[index]!.aria) };
}

/** Every field's widget under `root` (a document, a dialog, one page of it), looked up afresh on each call. */
export function locateFields(
  root: ParentNode,
  fields: readonly FieldId[] = FIELD_IDS,
): Partial<Record<FieldId, Target>> {
  const targets: Partial<Record<FieldId, Target>> = {};
  let controls: PageControl[] | undefined;
  for (const field of fields) {
    const legacy = legacyTarget(root, field);
    if (legacy.status !== 'not-found') {
      targets[field] = legacy;
      continue;
    }
    // Reading the whole page by meaning is only needed when the Workbench's own ids are gone.
    controls ??= collectPage(root).controls;
    targets[field] = meaningTarget(controls, field);
  }
  return targets;
}

export function locateField(root: ParentNode, field: FieldId): Target {
  return locateFields(root, [field])[field]!;
}
