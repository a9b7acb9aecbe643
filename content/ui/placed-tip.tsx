/** @jsxImportSource @/ui/dom-jsx */
// A tip and where it goes on the page: beside a Workbench control, never on top of it.
import type { FeatureRun } from '@/content/runner/feature-runner';
import { tipHostName, type PlacedTip } from '@/guidance/tip-content';
import { Tip } from './Tip';

/** Places a page's tips; a tip whose anchor is missing shows at the fallback (first inside it), if any. */
export function placeTips(
  run: Pick<FeatureRun, 'document' | 'place'>,
  tips: PlacedTip[],
  fallback?: () => Element | null | undefined,
): void {
  for (const { anchor: find, append, ...tip } of tips) {
    run.place(
      tipHostName(tip.id),
      () => {
        const anchor = find(run.document);
        const spare = anchor ? undefined : fallback?.();
        return anchor ? { anchor, append } : spare && { anchor: spare, append: 'first' };
      },
      () => <Tip {...tip} />,
    );
  }
}
