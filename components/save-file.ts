// Saves through a Blob URL and a download link: no downloads permission needed.
export function saveFile(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download holds its own reference by then; free ours soon after.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
