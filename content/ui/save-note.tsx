/** @jsxImportSource @/ui/dom-jsx */
// A small note in a corner of the page while something it showed is not saved yet (the browser refused to save
// it, e.g. a full disk): out of the page's flow, so nothing moves, and only in that rare case.
import type { CreateUi, PlacedUi } from '@/content/runner/feature';
import { t } from '@/domain/i18n/t';

/** Returns the switch the reporter calls: true shows the note, false takes it away. */
export function saveNote(doc: Document, createUi: CreateUi, signal?: AbortSignal): (unsaved: boolean) => void {
  let ui: Promise<PlacedUi> | undefined;
  let shown = false;
  const sync = () =>
    void ui?.then((placed) => {
      if (shown && !signal?.aborted) (doc.body ?? doc.documentElement).append(placed.host);
      else placed.host.remove();
    });
  signal?.addEventListener('abort', sync, { once: true });
  return (unsaved) => {
    shown = unsaved;
    ui ??= unsaved ? createUi('wbc-save-note', note, { closed: false }) : undefined;
    sync();
  };
}

const note = () => (
  <div class="wbc wbc-tip" role="status" data-wbc-unsaved="">
    <p class="wbc-tip-title">{t('progressNotSavedTitle')}</p>
    <p>{t('progressNotSavedBody')}</p>
  </div>
);
