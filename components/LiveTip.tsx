import { useEffect, useState } from 'preact/hooks';
import type { Live } from '@/utils/registration/live';
import { Tip, type TipProps } from './Tip';

export interface LiveTipProps<T> {
  live: Live<T>;
  view: (facts: T) => TipProps | undefined;
}

/** A Tip whose text follows what the page shows now (e.g. a step that just turned green). */
export function LiveTip<T>({ live, view }: LiveTipProps<T>) {
  const [facts, setFacts] = useState(live.get());
  useEffect(() => live.subscribe(() => setFacts(live.get())), [live]);
  const props = view(facts);
  return props ? <Tip key={props.id} {...props} /> : null;
}
