// Seeded random mutations of a page, so a failing variant reproduces from its seed.
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: T[]): T | undefined => items[Math.floor(random() * items.length)];
const ATTRIBUTES = ['data-test-id', 'id', 'aria-label', 'role', 'title', 'placeholder', 'style', 'name'];

export const MUTATIONS = {
  removeElement(root: Element, random: () => number) {
    const target = pick(random, [...root.querySelectorAll('*')]);
    target?.remove();
    return `remove <${target?.tagName.toLowerCase()}>`;
  },
  renameAttribute(root: Element, random: () => number) {
    const attribute = pick(random, ATTRIBUTES)!;
    const targets = [...root.querySelectorAll(`[${attribute}]`)];
    const count = Math.ceil(random() * Math.min(targets.length, 8));
    for (let i = 0; i < count; i++) {
      const target = pick(random, targets);
      const value = target?.getAttribute(attribute);
      if (!target || value === null || value === undefined) continue;
      target.removeAttribute(attribute);
      target.setAttribute(`${attribute}-renamed`, value);
    }
    return `rename ${count}× ${attribute}`;
  },
  changeText(root: Element, random: () => number) {
    const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    const texts: Text[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    const target = pick(random, texts);
    if (target) target.data = random() < 0.5 ? '' : `changed ${Math.floor(random() * 1e6)}`;
    return 'change text';
  },
  reorderSections(root: Element, random: () => number) {
    const parents = [...root.querySelectorAll('*')].filter((el) => el.children.length >= 2);
    const parent = pick(random, parents);
    if (!parent) return 'reorder (none)';
    const children = [...parent.children];
    for (let i = children.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [children[i], children[j]] = [children[j]!, children[i]!];
    }
    parent.append(...children);
    return `reorder ${children.length} children of <${parent.tagName.toLowerCase()}>`;
  },
};

/** Applies 1–4 random mutations; returns what was done. */
export function mutate(root: Element, seed: number): string[] {
  const random = mulberry32(seed);
  const kinds = Object.values(MUTATIONS);
  const steps = 1 + Math.floor(random() * 4);
  return Array.from({ length: steps }, () => pick(random, kinds)!(root, random));
}
