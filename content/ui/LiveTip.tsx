/** @jsxImportSource @/ui/dom-jsx */
import type { Live } from '@/content/ui/live';
import type { TipProps } from '@/guidance/tip-content';
import { Tip } from './Tip';

export interface LiveTipProps<T> {
  live: Live<T>;
  view: (facts: T) => TipProps | undefined;
}

/** A Tip whose text follows what the page shows now (e.g. a step that just turned green). */
export function LiveTip<T>({ live, view }: LiveTipProps<T>): Node {
  const slot = (<div class="wbc-slot" />) as HTMLElement;
  let shown = '';
  const draw = () => {
    const props = view(live.get());
    const key = JSON.stringify(props ?? null);
    if (key === shown) return;
    shown = key;
    slot.replaceChildren(props ? Tip(props) : '');
  };
  draw();
  // Follows the page while the run lasts (the runner keeps this node and moves it with its anchor).
  live.subscribe(draw);
  return slot;
}
