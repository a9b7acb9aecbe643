// Where UI goes beside a field on any component library: around the whole labelled field group (Material UI's
// FormControl or TextField root, a fieldset, a question's block), never inside an input's own box, never where the
// page clips it, and inside the scroll area it belongs to (so it scrolls with the question, never over the buttons).
import * as sel from './selectors';

/** The smallest element holding every one of `elements`. */
export function commonAncestor(elements: readonly Element[]): Element {
  let common: Element | null = elements[0]!;
  while (common && !elements.every((el) => common!.contains(el))) common = common.parentElement;
  return common ?? elements[0]!;
}

const style = (el: Element) => el.ownerDocument.defaultView?.getComputedStyle(el);
const scrolls = (el: Element) => /auto|scroll/.test(`${style(el)?.overflowY} ${style(el)?.overflow}`);
const clips = (el: Element) =>
  /hidden|clip/.test(`${style(el)?.overflowX} ${style(el)?.overflowY} ${style(el)?.overflow}`);
/** Where a page's own structure begins: never climbed out of. */
const boundary = (el: Element) => el.matches(sel.pageRegion);

/** Something to fill in or press that is none of `members` nor inside them. */
function holdsOthers(el: Element, members: readonly Element[]): boolean {
  return [...el.querySelectorAll(sel.interactive)].some(
    (other) => !members.some((member) => member === other || member.contains(other)),
  );
}

/**
 * The outermost element around `members` (a question's text and its controls) that holds nothing else to answer or
 * press.
 */
export function fieldGroup(members: readonly Element[]): Element {
  let group = commonAncestor(members);
  for (let parent = group.parentElement; parent; parent = group.parentElement) {
    // A box that clips (overflow hidden) could cut our UI off: always step out of it.
    if (clips(parent) && !boundary(parent)) {
      group = parent;
      continue;
    }
    if (boundary(parent) || scrolls(parent) || holdsOthers(parent, members)) break;
    group = parent;
  }
  return group;
}
