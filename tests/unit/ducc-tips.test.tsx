import { afterEach, expect, it } from 'vitest';
import { codeOfConductTips } from '@/content/workbench/features/code-of-conduct-tips';
import { builtInCourse } from '@/domain/course/active';
import { codeOfConductPageOf } from '@/site/pages';
import { codeOfConductPageTips } from '@/guidance/ducc-tips';
import { tipHostName } from '@/guidance/tip-content';
import { describeWithSnapshots, loadHtml, loadSnapshot } from '../support/snapshots';
import { shownTipIds, tipHosts, tipText } from '../support/placed-tips';
import { runFeature, type TestRun } from '../support/feature-run';

const DUCC = 'https://workbench.researchallofus.org/data-code-of-conduct';
let current: TestRun | undefined;
const start = () => (current = runFeature(codeOfConductTips, DUCC));
afterEach(() => current?.abort());

describeWithSnapshots('Data User Code of Conduct tips', () => {
  it('content page: read to the end; the tip sits between the document and the Proceed button', async () => {
    loadSnapshot('ducc-content.html');
    await start().done;
    expect(await shownTipIds()).toEqual(['ducc-content']);
    const host = document.querySelector(tipHostName('ducc-content'))!;
    expect(host.previousElementSibling?.localName).toBe('iframe');
    expect(host.nextElementSibling?.textContent).toContain('Proceed');
    expect(tipText('ducc-content')).toMatch(/very end[\s\S]*Proceed/);
  });

  for (const file of ['ducc-signature.html', 'ducc-signature-initialed.html']) {
    it(`${file}: explains the initials, under the heading, outside every field`, async () => {
      loadSnapshot(file);
      await start().done;
      expect(await shownTipIds()).toEqual(['ducc-signature']);
      const host = document.querySelector(tipHostName('ducc-signature'))!;
      expect(host.previousElementSibling?.localName).toBe('h1');
      expect(host.parentElement!.closest('input, label, [role="button"]')).toBeNull();
      const text = tipText('ducc-signature');
      for (const part of [/signature/, /same in all five boxes/, /will be public/, /turns green/])
        expect(text).toMatch(part);
    });
  }

  it('each DUCC page gets exactly its own tip; anchors exist on the real DOM', () => {
    for (const [file, id] of [
      ['ducc-content.html', 'ducc-content'],
      ['ducc-signature.html', 'ducc-signature'],
    ] as const) {
      loadSnapshot(file);
      const tips = codeOfConductPageTips(codeOfConductPageOf(document), builtInCourse.help);
      expect(tips.map((tip) => tip.id)).toEqual([id]);
      expect(tips[0]!.anchor(document)).toBeTruthy();
    }
  });

  it('a signature page without its heading still shows the tip, at the top of the page', async () => {
    loadSnapshot('ducc-signature.html');
    document.querySelector('[data-test-id="ducc-signature-page"] h1')!.remove();
    await start().done;
    expect(await shownTipIds()).toEqual(['ducc-signature']);
    expect(document.querySelector(tipHostName('ducc-signature'))!.parentElement?.getAttribute('data-test-id')).toBe(
      'ducc-signature-page',
    );
  });

  it('while the page is still loading nothing is shown', async () => {
    loadHtml('<div id="root"></div>');
    await start().done;
    expect(tipHosts()).toEqual([]);
  });
});
