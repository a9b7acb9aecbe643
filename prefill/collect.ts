// Collects facts from any form: every control with every text that names it, and the question it sits under.
// Nothing here decides which control is which course field (that is `resolve.ts`, a pure function).
import * as sel from '../site/selectors';
import * as tm from '../site/text-matches';
import { containerShown, isShown, type ShownCache } from '../site/visibility';
import { foldSpaces } from '../domain/text/fold-spaces';

/** Question ids, in the order a person reads them; each is recognised by its named text match. */
export const QUESTION_TEXTS = {
  workspaceName: tm.workspaceNameQuestion,
  accessTier: tm.accessTierQuestion,
  datasetVersion: tm.datasetVersionQuestion,
  primaryPurpose: tm.primaryPurposeQuestion,
  intendedStudy: tm.intendedStudyQuestion,
  scientificApproach: tm.scientificApproachQuestion,
  anticipatedFindings: tm.anticipatedFindingsQuestion,
  dissemination: tm.disseminationQuestion,
  outcomes: tm.outcomesQuestion,
  population: tm.populationQuestion,
  aianType: tm.aianTypeQuestion,
  aianDetails: tm.aianDetailsQuestion,
  review: tm.reviewQuestion,
} as const;
export type QuestionId = keyof typeof QUESTION_TEXTS;
/** Some other question than ours: what follows it is never ours. */
export type QuestionRef = QuestionId | 'other';

export type ControlKind = 'text' | 'checkbox' | 'radio' | 'select';

export interface TextBlock {
  el: Element;
  raw: string;
  text: string;
  question?: QuestionRef;
}

export interface PageControl {
  el: HTMLElement;
  kind: ControlKind;
  /** An ARIA widget (role=checkbox|radio|switch|textbox|combobox) rather than a native one. */
  aria: boolean;
  /**
   * Normalised texts that name the control itself: labels, aria-labelledby/-label, placeholder, the text right after a
   * box.
   */
  names: string[];
  question?: QuestionRef;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'OPTION', 'IFRAME']);
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CODE',
  'EM',
  'I',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'U',
  'FONT',
  'TIME',
  'CLR-ICON',
]);
const TEXT_INPUTS = new Set(['', 'text', 'email', 'search', 'url', 'tel', 'number']);
const QUESTION_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND']);

function controlKind(el: Element): { kind: ControlKind; aria: boolean } | undefined {
  const role = el.getAttribute('role');
  if (el instanceof HTMLInputElement) {
    const type = el.type.toLowerCase();
    if (type === 'checkbox') return { kind: 'checkbox', aria: false };
    if (type === 'radio') return { kind: 'radio', aria: false };
    if (el.readOnly || !TEXT_INPUTS.has(type)) return undefined;
    return role === 'combobox' ? { kind: 'select', aria: true } : { kind: 'text', aria: false };
  }
  if (el instanceof HTMLTextAreaElement) return el.readOnly ? undefined : { kind: 'text', aria: false };
  if (el instanceof HTMLSelectElement) return { kind: 'select', aria: false };
  if (role === 'checkbox' || role === 'switch') return { kind: 'checkbox', aria: true };
  if (role === 'radio') return { kind: 'radio', aria: true };
  if (role === 'textbox') return { kind: 'text', aria: true };
  if (role === 'combobox') return { kind: 'select', aria: true };
  return undefined;
}

/** Known question, some other question, or no question at all (plain text). */
function questionOf(raw: string, text: string, el?: Element): QuestionRef | undefined {
  const known = (Object.keys(QUESTION_TEXTS) as QuestionId[]).filter((id) => QUESTION_TEXTS[id].test(text));
  // A text naming two of our questions at once (a summary, a list) tells nothing about what follows.
  if (known.length === 1) return known[0];
  if (known.length > 1) return 'other';
  // A label names an option ("Other?", "3. Other") however it is punctuated or numbered.
  if (!text || el?.closest(sel.label)) return undefined;
  const headed = el && (QUESTION_TAGS.has(el.tagName) || el.getAttribute('role') === 'heading');
  return headed || /\?[\s*]*$/.test(raw) || tm.numberedQuestion.test(raw) ? 'other' : undefined;
}

type Token = { block: TextBlock } | { control: PageControl };

/** The page in reading order: paragraphs of text (split at every non-inline element) and controls. */
function tokenize(root: ParentNode): Token[] {
  const tokens: Token[] = [];
  // What the trainee cannot see is neither a question nor a field (a hidden look-alike is never written).
  const shown: ShownCache = new Map();
  let parts: string[] = [];
  let owner: Element | undefined;
  const flush = () => {
    const raw = foldSpaces(parts.join(''));
    parts = [];
    if (!raw || !owner) return;
    const text = tm.normalizeText(raw);
    // Help text may quote a question: a mention there asks nothing.
    const question = owner.closest(sel.helpText) ? undefined : questionOf(raw, text, owner);
    tokens.push({ block: { el: owner, raw, text, question } });
    owner = undefined;
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      // The paragraph's element is the one holding its first words, not the whitespace before them.
      if (!owner && node.nodeValue?.trim()) owner = node.parentElement ?? undefined;
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (!(node instanceof Element) || SKIPPED.has(node.tagName.toUpperCase())) return;
    const kind = controlKind(node);
    if (kind ? !isShown(node, shown) : !containerShown(node, shown)) return;
    if (kind) {
      flush();
      tokens.push({ control: { el: node as HTMLElement, ...kind, names: [] } });
      return;
    }
    const inline = INLINE.has(node.tagName.toUpperCase());
    if (!inline) flush();
    for (const child of node.childNodes) visit(child);
    if (!inline) flush();
  };
  for (const child of (root as Node).childNodes) visit(child);
  flush();
  return tokens;
}

function byId(el: Element, id: string): Element | null {
  const scope = el.getRootNode() as Document | ShadowRoot;
  return scope.getElementById?.(id) ?? null;
}

/** Texts that name a control itself (as the page shows them), in the order assistive technology would weigh them. */
function ownNames(control: PageControl): string[] {
  const { el } = control;
  const names: string[] = [];
  for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean))
    names.push(foldSpaces(byId(el, id)?.textContent));
  names.push(el.getAttribute('aria-label') ?? '');
  if (el.id) {
    const scope = el.getRootNode() as Document | ShadowRoot;
    for (const label of scope.querySelectorAll?.(sel.labelFor) ?? [])
      if ((label as HTMLLabelElement).htmlFor === el.id) names.push(foldSpaces(label.textContent));
  }
  const wrapping = el.parentElement?.closest(sel.label);
  if (wrapping) names.push(foldSpaces(wrapping.textContent));
  if (control.aria && control.kind !== 'text' && control.kind !== 'select') names.push(foldSpaces(el.textContent));
  names.push(el.getAttribute('placeholder') ?? '', el.getAttribute('title') ?? '');
  return names.filter((name) => name.trim());
}

/** The name of the radiogroup, group or fieldset a control sits in, if it has one. */
function groupName(el: Element): { raw: string; el: Element } | undefined {
  const group = el.parentElement?.closest(sel.controlGroup);
  if (!group) return undefined;
  const ids = (group.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const legend = group.tagName === 'FIELDSET' ? group.querySelector(sel.groupLegend) : null;
  const raw = foldSpaces(
    ids.map((id) => byId(group, id)?.textContent).join(' ') || group.getAttribute('aria-label') || legend?.textContent,
  );
  return raw ? { raw, el: legend ?? group } : undefined;
}

export interface PageFacts {
  blocks: TextBlock[];
  controls: PageControl[];
}

/** Every control under `root` with its names and question; every paragraph of text with the question it asks. */
export function collectPage(root: ParentNode): PageFacts {
  const tokens = tokenize(root);
  const blocks: TextBlock[] = [];
  const controls: PageControl[] = [];
  let question: QuestionRef | undefined;
  // A text box answers the question above it; a second text box after it does not answer it again.
  let textQuestion: QuestionRef | undefined;
  tokens.forEach((token, i) => {
    if ('block' in token) {
      blocks.push(token.block);
      if (token.block.question) question = textQuestion = token.block.question;
      return;
    }
    const control = token.control;
    const next = tokens[i + 1];
    const raws = ownNames(control);
    control.names = raws.map((raw) => tm.normalizeText(raw)).filter(Boolean);
    // An unnamed box's label is often just the text beside it (labels without `for`, as on the Workbench).
    const beside =
      next && 'block' in next && !next.block.question && control.el.nextElementSibling?.contains(next.block.el);
    if ((control.kind === 'checkbox' || control.kind === 'radio') && !control.names.length && beside)
      control.names.push(next.block.text);
    const group = groupName(control.el);
    // A text box or select is often named by its question itself (aria-labelledby); a box's name is its option.
    const named =
      control.kind === 'text' || control.kind === 'select'
        ? raws.map((raw) => questionOf(raw, tm.normalizeText(raw))).find(Boolean)
        : undefined;
    const grouped = group && (questionOf(group.raw, tm.normalizeText(group.raw), group.el) ?? 'other');
    if (control.kind === 'text') {
      control.question = named ?? grouped ?? textQuestion;
      textQuestion = undefined;
    } else {
      control.question = grouped ?? named ?? question;
    }
    controls.push(control);
  });
  return { blocks, controls };
}
