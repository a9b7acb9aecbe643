// Researcher Workbench 2.0's Part 3, read from what a page shows: dialog titles, roles and accessible names.
// Its DOM is not public, so nothing here depends on ids, classes or the URL.
import type { AccessTier } from '../domain/workbench/access-tier';
import { textOf } from './dom';
import * as sel from './selectors';
import * as tm from './text-matches';
import { fieldGroup } from './field-group';

type Control = HTMLElement;

const byId = (el: Element, id: string) => (id ? el.ownerDocument.getElementById(id) : null);
const labelledBy = (el: Element) =>
  (el.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => byId(el, id))
    .filter((label): label is HTMLElement => !!label && label !== el);
const labelsOf = (el: Element) => [...((el as HTMLInputElement).labels ?? [])];

/** Every text naming a control: aria-label, what aria-labelledby points at, its labels, placeholder, else its text. */
export function accessibleName(el: Element): string {
  const named = [
    el.getAttribute('aria-label'),
    ...labelledBy(el).map(textOf),
    ...labelsOf(el).map(textOf),
    el.getAttribute('placeholder'),
  ].filter(Boolean);
  return tm.foldText(named.length ? named.join(' ') : textOf(el));
}

const outsideDialogs = (el: Element) => !el.closest(sel.anyDialog);

/** A dialog's title: its aria-label, what aria-labelledby points at, else its first heading. */
export function dialogTitle(dialog: Element): string {
  const named = [dialog.getAttribute('aria-label'), ...labelledBy(dialog).map(textOf)].filter(Boolean).join(' ');
  return tm.foldText(named || textOf(dialog.querySelector(sel.anyHeading)));
}

function dialogTitled(root: ParentNode, title: RegExp): Element | undefined {
  return [...root.querySelectorAll(sel.anyDialog)].find((dialog) => title.test(dialogTitle(dialog)));
}

function controlNamed(root: ParentNode, css: string, name: RegExp): Control | undefined {
  return [...root.querySelectorAll<Control>(css)].find((el) => name.test(accessibleName(el)));
}

/** The block holding a control and its label (where a tip goes below both, never inside the field's own box),
 *  else the control's parent; never a whole dialog (a tip after it would leave the dialog). */
export function fieldBlock(control: Element): Element {
  const label = labelsOf(control)[0] ?? labelledBy(control)[0];
  return fieldGroup(label ? [control, label] : [control]);
}

// ---- The "New workspace" dialog ----

export const NEW_WORKSPACE_FIELDS = ['summary', 'workspaceId', 'pod', 'groupPolicy', 'region', 'description'] as const;
export type NewWorkspaceField = (typeof NEW_WORKSPACE_FIELDS)[number];

export function workspaceDialog(root: ParentNode): Element | undefined {
  return dialogTitled(root, tm.workspaceDialogTitle);
}

/** The group policy's choices: a radio group named for it, or the one holding "No, don't apply policy". */
function groupPolicyChoices(dialog: Element): Element | undefined {
  const groups = [...dialog.querySelectorAll(sel.controlGroup)];
  return (
    groups.find((group) => tm.groupPolicyName.test(accessibleName(group))) ??
    groups.find((group) =>
      [...group.querySelectorAll(sel.radioControl)].some((radio) => tm.noGroupPolicyOption.test(accessibleName(radio))),
    )
  );
}

/** One field of the workspace dialog's page that is showing; undefined when this page does not ask it. */
export function workspaceDialogField(root: ParentNode, field: NewWorkspaceField): Control | undefined {
  const dialog = workspaceDialog(root);
  if (!dialog) return undefined;
  switch (field) {
    case 'summary':
      return controlNamed(dialog, sel.textBox, tm.workspaceSummaryName);
    case 'workspaceId':
      return controlNamed(dialog, sel.textBox, tm.workspaceIdName);
    case 'pod':
      return controlNamed(dialog, sel.comboboxControl, tm.podName) ?? controlNamed(dialog, sel.textBox, tm.podName);
    case 'groupPolicy':
      return groupPolicyChoices(dialog) as Control | undefined;
    case 'region':
      return controlNamed(dialog, sel.comboboxControl, tm.regionName);
    case 'description':
      return controlNamed(dialog, sel.textBox, tm.workspaceDescriptionName);
  }
}

/** A text field the course may offer text for (summary, description). */
export function workspaceTextField(
  root: ParentNode,
  field: 'summary' | 'description',
): HTMLInputElement | HTMLTextAreaElement | undefined {
  const control = workspaceDialogField(root, field);
  return control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement ? control : undefined;
}

// ---- The workspace's page: Resources → "+ Data from catalog" ----

export function dataFromCatalogButton(root: ParentNode): Control | undefined {
  return [...root.querySelectorAll<Control>(sel.anyButton)].find(
    (button) => outsideDialogs(button) && tm.dataFromCatalogButton.test(accessibleName(button)),
  );
}

/** The tab bar holding a "Resources" tab, as a whole (a tip goes above it, never inside it). */
export function resourcesTabBar(root: ParentNode): Element | undefined {
  const tab = [...root.querySelectorAll(sel.anyTab)].find(
    (el) => outsideDialogs(el) && tm.resourcesTabName.test(accessibleName(el)),
  );
  let bar = tab?.closest(sel.tabList) ?? undefined;
  // Up through wrappers that show nothing but the tab bar (a scroller, an indicator).
  while (
    bar?.parentElement &&
    bar.parentElement !== bar.ownerDocument.body &&
    textOf(bar.parentElement) === textOf(bar)
  )
    bar = bar.parentElement;
  return bar;
}

// ---- The "Data from catalog" dialog: which of its steps is showing, from its controls ----

export function catalogDialog(root: ParentNode): Element | undefined {
  return dialogTitled(root, tm.catalogDialogTitle);
}

const TIER_NAME: Record<AccessTier, RegExp> = {
  registered: tm.registeredTierName,
  controlled: tm.controlledTierName,
};

/** "Select collection": the choice (radio) for a tier's collection, named by itself or by its row. */
export function tierChoice(root: ParentNode, tier: AccessTier): Control | undefined {
  const dialog = catalogDialog(root);
  if (!dialog) return undefined;
  return [...dialog.querySelectorAll<Control>(sel.radioControl)].find((radio) => {
    const row = radio.closest(sel.listRow);
    return TIER_NAME[tier].test(accessibleName(radio)) || (!!row && TIER_NAME[tier].test(tm.foldText(textOf(row))));
  });
}

/** Where a tip about a tier's row goes above: its table (a table row cannot hold a tip), else its row. */
export function tierChoiceBlock(root: ParentNode, tier: AccessTier): Element | undefined {
  const choice = tierChoice(root, tier);
  if (!choice) return undefined;
  return choice.closest(sel.tableLike) ?? choice.closest(sel.listRow) ?? fieldBlock(choice);
}

/** The row of buttons a button sits in (a tip goes above it, never between the buttons). */
export function buttonRowOf(button: Element): Element {
  let row = button.parentElement;
  while (row?.parentElement && row.children.length === 1) row = row.parentElement;
  return row ?? button;
}

export function selectAllResources(root: ParentNode): Control | undefined {
  const dialog = catalogDialog(root);
  return dialog && controlNamed(dialog, sel.checkboxControl, tm.selectAllResourcesName);
}

export function fillOutQuestionsButton(root: ParentNode): Control | undefined {
  const dialog = catalogDialog(root);
  return dialog && controlNamed(dialog, sel.anyButton, tm.fillOutQuestionsButton);
}

export function imSureCheckbox(root: ParentNode): Control | undefined {
  const dialog = catalogDialog(root);
  return dialog && controlNamed(dialog, sel.checkboxControl, tm.imSureName);
}

export function addToWorkspaceButton(root: ParentNode): Control | undefined {
  const dialog = catalogDialog(root);
  return dialog && controlNamed(dialog, sel.anyButton, tm.addToWorkspaceButton);
}

// ---- Progress: what the page shows as done ----

/** Displayed, not typed or offered: outside form fields and pop-up option lists. */
const displayed = (el: Element) => !el.closest(sel.formField) && !el.closest(sel.optionList);

/** The page's own text nodes (never inside our shadow roots), each with the element showing it. */
function shownTexts(root: ParentNode): Array<{ text: string; el: Element }> {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  const found: Array<{ text: string; el: Element }> = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const text = tm.foldText(node.nodeValue ?? '');
    if (el && text && displayed(el)) found.push({ text, el });
  }
  return found;
}

/** An element's text with a space between its parts (React puts a title and a status side by side, no space). */
function spacedText(el: Element): string {
  return tm.foldText(
    shownTexts(el)
      .map((part) => part.text)
      .join(' '),
  );
}

/** The tier of the data collection the page shows added (outside dialogs): one tier named, else undefined. */
export function shownCollectionTier(root: ParentNode): AccessTier | undefined {
  // A group named after a tier ("All of Us Controlled Tier" as a group policy's group) is no data collection.
  const texts = shownTexts(root).filter(({ el, text }) => outsideDialogs(el) && !tm.groupMention.test(text));
  const tiers = (['registered', 'controlled'] as const).filter((tier) =>
    texts.some(({ text }) => TIER_NAME[tier].test(text)),
  );
  return tiers.length === 1 ? tiers[0] : undefined;
}

/** Short texts only: a card or a status line, never a whole page that happens to hold both words. */
const CARD_TEXT_MAX = 400;

/** The smallest block around an element that also names the Research Use Statement (its policy card). */
export function researchUseStatementCard(el: Element): Element | undefined {
  for (let node = el.parentElement; node && node !== el.ownerDocument.body; node = node.parentElement)
    if (tm.researchUseStatementName.test(spacedText(node))) return node;
  return undefined;
}

/** A policy card or status line naming the Research Use Statement says "Completed" (in a dialog or on the page). */
export function showsResearchUseStatementCompleted(root: ParentNode): boolean {
  return shownTexts(root).some(({ text, el }) => {
    if (!tm.completedStatus.test(text)) return false;
    if (tm.researchUseStatementName.test(text)) return true;
    const card = researchUseStatementCard(el);
    return !!card && spacedText(card).length <= CARD_TEXT_MAX;
  });
}

/** A row of a list or table shows the person's email and the role's name (the people with access). */
export function showsCollaboratorWithRole(root: ParentNode, email: string, roleName: string): boolean {
  const [wanted, role] = [tm.foldText(email), tm.foldText(roleName)];
  return [...root.querySelectorAll(sel.listRow)].some((row) => {
    if (!displayed(row)) return false;
    const words = spacedText(row).split(/[\s,;:()<>|·—]+/);
    return words.includes(wanted) && words.includes(role);
  });
}
