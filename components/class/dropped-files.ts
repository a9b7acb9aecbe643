// Files dropped on the page, folders walked through: the browser gives a folder's files only through its entries.
import type { PickedFile } from '@/domain/class/sources';

export async function droppedFiles(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries = [...transfer.items]
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => !!entry);
  // Without entries (older browsers), only the files themselves.
  if (!entries.length) return [...transfer.files];
  return (await Promise.all(entries.map(walk))).flat();
}

async function walk(entry: FileSystemEntry): Promise<PickedFile[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    return [
      {
        name: file.name,
        size: file.size,
        webkitRelativePath: entry.fullPath.replace(/^\//, ''),
        arrayBuffer: () => file.arrayBuffer(),
        blob: file,
      },
    ];
  }
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries answers in batches (100 in Chrome) until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) break;
    children.push(...batch);
  }
  return (await Promise.all(children.map(walk))).flat();
}
