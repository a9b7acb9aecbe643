// What the hand-in buttons do: save the export file and build the summary (the background checks imports).
import type { ProgressExport } from '@/domain/progress/export-format';
import { exportFileName } from '@/domain/progress/hand-in';
import { saveFile } from '@/components/save-file';

export { handInSummary } from '@/domain/progress/hand-in';

export function saveExportFile(data: ProgressExport, slug: string): void {
  saveFile(
    exportFileName(slug, data.exportedAt),
    new Blob([JSON.stringify(data, null, 1)], { type: 'application/json' }),
  );
}
