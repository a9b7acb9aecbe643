/** @jsxImportSource @/utils/dom-jsx */
// Mounts a page's tips beside their anchors; a tip whose anchor is gone still shows, at the fallback.
import { Tip } from '@/components/Tip';
import type { FeatureRun } from '@/utils/feature-runner';
import { tipHostName, type PlacedTip } from './placed-tip';

/** Returns the ids of tips whose own anchor was not found (they were shown at the fallback, if any). */
export async function mountTips(run: Pick<FeatureRun, 'document' | 'mount'>, tips: PlacedTip[], fallback?: Element | null): Promise<string[]> {
  const missing: string[] = [];
  await Promise.all(
    tips.map(async ({ anchor: find, append, ...tip }) => {
      const anchor = safeFind(() => find(run.document));
      if (!anchor) missing.push(tip.id);
      const place = anchor ? { anchor, append } : fallback ? { anchor: fallback, append: 'first' as const } : undefined;
      if (!place) return;
      await run.mount({ name: tipHostName(tip.id), ...place, render: () => <Tip {...tip} /> });
    }),
  );
  if (missing.length) console.info('[workbench-companion] tip anchors not found (page changed?):', missing.join(', '));
  return missing;
}

function safeFind(find: () => Element | null | undefined): Element | undefined {
  try {
    return find() ?? undefined;
  } catch {
    return undefined;
  }
}
