import type { FeatureRun, MountOptions } from '@/utils/feature-runner';

export type Spot = Pick<MountOptions, 'anchor' | 'append'>;

/** A place beside an element, if the page has it. */
export const spot = (anchor: Element | null | undefined, append: Spot['append'] = 'after'): Spot | undefined => (anchor ? { anchor, append } : undefined);

/** Mounts UI at a spot found on the page, and again whenever the page re-rendered it away. */
export function keepMounted(run: FeatureRun, name: string, find: () => Spot | undefined, render: () => Node): () => void {
  let pending = false;
  return () => {
    if (pending || run.signal.aborted || run.document.querySelector(name)) return;
    const spot = find();
    if (!spot) return;
    pending = true;
    void run.mount({ name, ...spot, render }).finally(() => {
      pending = false;
    });
  };
}
