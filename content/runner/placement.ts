// One way to place UI: beside its anchor in the frame the anchor appears, moved with it, removed with the run.
import type { Anchor, Spot } from '../../site/anchor';
import type { PlacedUi, PlaceOptions, RunSetup } from './feature';
import { safely } from './safely';

/**
 * Puts the UI at its spot as soon as the anchor is there, and again on every page change that moved or removed it.
 * A batch that only moved our own hosts is not a page change: it re-checks only the UI that is not in the page (a
 * tip may sit beside another of ours; a page script may remove our host).
 */
export function placeUi(
  setup: RunSetup,
  signal: AbortSignal,
  name: string,
  findAnchor: () => Anchor,
  render: () => Node,
  options: PlaceOptions,
): Promise<PlacedUi | undefined> {
  if (signal.aborted) return Promise.resolve(undefined);
  // Built at once, not when the anchor appears: the frame that shows the anchor only has to insert it.
  return setup.createUi(name, render, { closed: options.closed ?? false }).then((ui) => {
    if (signal.aborted) return undefined;
    setup.page.own(ui.host);
    let placedAt: Element | undefined;
    const check = () => {
      if (signal.aborted) return;
      const found = safely(findAnchor, undefined);
      const spot = !found
        ? undefined
        : 'anchor' in found
          ? found
          : { anchor: found, append: options.append ?? 'after' };
      if (!spot?.anchor.isConnected) {
        placedAt = undefined;
        ui.host.remove();
        return;
      }
      // Same anchor and still in the page: nothing to do (this runs on every page change).
      if (spot.anchor === placedAt && ui.host.isConnected) return;
      placedAt = spot.anchor;
      insertAt(ui.host, spot);
    };
    signal.addEventListener('abort', () => ui.remove(), { once: true });
    check();
    setup.page.subscribe((pageChanged) => (pageChanged || !ui.host.isConnected) && check(), signal);
    return ui;
  });
}

function insertAt(host: Element, { anchor, append }: Spot): void {
  if (append === 'first') anchor.prepend(host);
  else if (append === 'last') anchor.append(host);
  else if (append === 'before') anchor.before(host);
  else anchor.after(host);
}
