// What the hand-in buttons do: save the export file and build the summary (the background checks imports).
import type { ProgressExport } from '@/utils/progress/export-format';
import { exportFileName } from '@/utils/progress/hand-in';

export { handInSummary } from '@/utils/progress/hand-in';

/** Saves through a Blob URL and a download link: no downloads permission needed. */
export function saveExportFile(data: ProgressExport, slug: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 1)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(slug, data.exportedAt);
  document.body.append(link);
  link.click();
  link.remove();
  // The download holds its own reference by then; free ours soon after.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
