// Seeded rewording of a page's texts that stays within the prefill's normalisation rules (case, whitespace, curly
// quotes, question numbering, required marks, trailing punctuation): what the prefill must still recognise.
import { collectPage } from '@/prefill/collect';
import { numberedQuestion } from '@/site/text-matches';
import { mulberry32 } from './mutate';

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function textNodes(root: Node): Text[] {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

const NUMBERING = ['', '3. ', '3) ', '2.1 ', 'Q3 ', 'Q3. ', 'Question 3: ', 'question 12 '];
const QUESTION_ENDS = ['', ' *', '*', ' (required)', '?', ':', ' ?*', '.'];
const OPTION_ENDS = ['', ' *', ':', '.', ' (Required)'];
const SPACES = [' ', '  ', '\n    ', '\u00a0', '\t'];

function recase(text: string, random: () => number): string {
  const how = random();
  if (how < 0.25) return text.toUpperCase();
  if (how < 0.5) return text.toLowerCase();
  if (how < 0.75) return text.replace(/\b\w/g, (c) => c.toUpperCase());
  return text;
}

/** Rewords every text under `root`; question texts get other numbering and required marks. Returns what it did. */
export function reword(root: Element, seed: number): string[] {
  const random = mulberry32(seed);
  const done: string[] = [];
  const questions = collectPage(root).blocks.filter((block) => block.question && block.question !== 'other');
  for (const block of questions) {
    const nodes = textNodes(block.el).filter((node) => node.data.trim());
    const first = nodes[0];
    const last = nodes.at(-1);
    if (!first || !last) continue;
    const numbering = pick(random, NUMBERING);
    first.data = numbering + first.data.replace(numberedQuestion, '').trimStart();
    const end = pick(random, QUESTION_ENDS);
    last.data = last.data.replace(/[\s.:?*]+$/, '') + end;
    done.push(`${block.question}: "${numbering}…${end}"`);
  }
  for (const node of textNodes(root)) {
    let text = recase(node.data, random);
    text = text
      .replace(/ /g, () => pick(random, SPACES))
      .replace(/"([^"]*)"/g, '“$1”')
      .replace(/'/g, '’')
      .replace(/-/g, () => pick(random, ['-', '\u2011', '\u2010']));
    // An option's label (inside a label or an ARIA box) may end in other punctuation too.
    if (node.parentElement?.closest('label, [role="checkbox"], [role="radio"], [role="switch"]') && text.trim())
      text = text.replace(/[\s.:*]+$/, '') + pick(random, OPTION_ENDS);
    node.data = text;
  }
  return done;
}
