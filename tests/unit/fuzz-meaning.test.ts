// Fuzzing the fill by meaning: the RW 2.0 dialog fixture (both variants) and the real Create page without ids.
// Reworded within the normalisation rules, every field must resolve to the very same widget; mutated at random
// (elements removed, attributes renamed, texts changed, sections reordered), a field may be lost or unsure but
// never resolve to another widget, and the questions that are not ours are never filled.
import { beforeAll, describe, expect, it } from 'vitest';
import { collectPage } from '@/prefill/collect';
import { FIELD_IDS, type FieldId } from '@/prefill/plan';
import { resolveField } from '@/prefill/resolve';
import { mutate } from '../support/mutate';
import { reword } from '../support/reword';
import { hasSnapshots, readSnapshot } from '../support/snapshots';
import { mountRw2Dialog } from '../support/rw2-dialog-support';

const REWORDED = 120;
const MUTATED = 120;
const MARK = 'data-fuzz-control';

/** Each field → the marks of the widgets it resolves to ("key=mark" for radios), or its status. */
function resolution(root: Element): Record<FieldId, string> {
  const { controls } = collectPage(root);
  const mark = (i: number) => controls[i]!.el.getAttribute(MARK) ?? `unmarked:${i}`;
  const out = {} as Record<FieldId, string>;
  for (const field of FIELD_IDS) {
    const found = resolveField(field, controls);
    if (found.status !== 'found') out[field] = found.status;
    else if ('control' in found) out[field] = mark(found.control);
    else
      out[field] = Object.entries(found.options)
        .map(([key, i]) => `${key}=${mark(i)}`)
        .sort()
        .join(' ');
  }
  return out;
}

/** Marks every control in reading order, so a widget is recognised after the page was reworded or mutated. */
function markControls(root: Element): string {
  collectPage(root).controls.forEach((control, i) => {
    control.el.setAttribute(MARK, String(i));
  });
  return root.outerHTML;
}

function load(html: string): Element {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
}

function fuzz(
  name: string,
  source: () => Promise<string>,
  seedBase: number,
  { reworded = REWORDED, mutated = MUTATED } = {},
) {
  describe(name, () => {
    let html = '';
    let expected: Record<FieldId, string>;
    let theirs: string[] = [];
    beforeAll(async () => {
      html = await source();
      const root = load(html);
      expected = resolution(root);
      const ours = new Set(
        Object.values(expected).flatMap((value) => value.split(' ').map((part) => part.split('=').pop()!)),
      );
      theirs = collectPage(root)
        .controls.map((c) => c.el.getAttribute(MARK)!)
        .filter((mark) => !ours.has(mark));
    });

    it('resolves the fields it is meant to, and leaves other controls out', () => {
      expect(Object.values(expected).filter((value) => value === 'not-sure')).toEqual([]);
      expect(theirs.length).toBeGreaterThan(0);
    });

    it('control: a rewording outside the rules (a key phrase changed) is caught by the same comparison', () => {
      const root = load(html);
      for (const node of collectPage(root).blocks.filter((block) => block.question === 'dissemination'))
        node.el.textContent = 'How will you share what you find?';
      expect(resolution(root)).not.toEqual(expected);
      expect(resolution(root).disseminationOther).toBe('not-found');
    });

    it(`${reworded} rewordings within the normalisation rules resolve every field to the same widget`, () => {
      for (let i = 0; i < reworded; i++) {
        const seed = seedBase + i;
        const root = load(html);
        const changes = reword(root, seed);
        expect(resolution(root), `seed ${seed}: ${changes.join('; ')}`).toEqual(expected);
      }
    }, 120_000);

    it(`${mutated} random mutations never resolve a field to another widget, nor to one that is not ours`, () => {
      for (let i = 0; i < mutated; i++) {
        const seed = seedBase + 50_000 + i;
        const root = load(html);
        const changes = mutate(root, seed);
        const got = resolution(root);
        for (const field of FIELD_IDS) {
          if (got[field] === 'not-found' || got[field] === 'not-sure') continue;
          const want = expected[field].split(' ');
          for (const part of got[field].split(' '))
            expect(want, `seed ${seed} ${field}: ${changes.join('; ')}`).toContain(part);
        }
      }
    }, 120_000);
  });
}

const dialogHtml = (aian: boolean) => async () => {
  const dialog = await mountRw2Dialog({ aian, page: 4 });
  // A static copy: the fuzz reads what the page shows, it does not drive React.
  const html = markControls(dialog);
  document.body.replaceChildren();
  return html;
};
fuzz('fuzzing the RW 2.0 dialog, AI/AN questions shown', dialogHtml(true), 7_100_000);
fuzz('fuzzing the RW 2.0 dialog, AI/AN questions absent', dialogHtml(false), 7_200_000);

if (hasSnapshots) {
  fuzz(
    'fuzzing the real Create page without data-test-ids and ids',
    async () => {
      const body = new DOMParser().parseFromString(
        readSnapshot('workspace-edit-create-initial.html'),
        'text/html',
      ).body;
      for (const el of body.querySelectorAll('[data-test-id], [id]')) {
        el.removeAttribute('data-test-id');
        el.removeAttribute('id');
      }
      const main = document.createElement('main');
      main.append(...body.childNodes);
      return markControls(main);
      // The real page is ten times the dialog's size: fewer variants keep the run short.
    },
    7_300_000,
    { reworded: 30, mutated: 30 },
  );
}
