import { useState } from 'preact/hooks';
import type { PickedFile } from '@/domain/class/sources';
import { t } from '@/domain/i18n/t';
import { droppedFiles } from './dropped-files';

/** Files, a folder, or zips: picked with the two inputs (keyboard) or dropped on the box. */
export function FilePicker({ onFiles }: { onFiles: (files: PickedFile[]) => void }) {
  const [over, setOver] = useState(false);
  const take = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    // Cleared so picking the same files again is noticed.
    input.value = '';
    if (files.length) onFiles(files);
  };
  return (
    <section
      aria-labelledby="pick-heading"
      class={`picker no-print${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (e.dataTransfer) void droppedFiles(e.dataTransfer).then((files) => files.length && onFiles(files));
      }}
    >
      <h2 id="pick-heading">{t('class_pick_heading')}</h2>
      <div class="pick">
        <label for="class-files">{t('class_pick_files')}</label>
        <input
          id="class-files"
          data-testid="class-files"
          type="file"
          multiple
          accept=".json,.zip,application/json,application/zip"
          onChange={(e) => take(e.currentTarget)}
        />
      </div>
      <div class="pick">
        <label for="class-folder">{t('class_pick_folder')}</label>
        <input
          id="class-folder"
          data-testid="class-folder"
          type="file"
          {...{ webkitdirectory: true }}
          onChange={(e) => take(e.currentTarget)}
        />
      </div>
      <p class="muted">{t('class_drop_hint')}</p>
    </section>
  );
}
