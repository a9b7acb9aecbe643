// Reading picked files' bytes: a group of small files with one request (one request per file took about twice as
// long for hundreds of them), each file on its own when the group cannot be read whole.
import type { PickedFile } from './picked-file';

const blobOf = (file: PickedFile): Blob | undefined => file.blob ?? (file instanceof Blob ? file : undefined);

export async function bytesOf(file: PickedFile): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    return undefined;
  }
}

/** Each file's bytes (undefined: the browser could not read it), from one read of the group where it can. */
export async function readGroup(files: readonly PickedFile[]): Promise<Map<PickedFile, Uint8Array | undefined>> {
  const read = new Map<PickedFile, Uint8Array | undefined>();
  const blobs = files.map(blobOf);
  const whole = blobs.every((blob) => blob) && files.length > 1 ? await readTogether(blobs as Blob[]) : undefined;
  for (const [i, file] of files.entries()) read.set(file, whole ? whole[i] : await bytesOf(file));
  return read;
}

async function readTogether(blobs: readonly Blob[]): Promise<Uint8Array[] | undefined> {
  try {
    const buffer = await new Blob(blobs as Blob[]).arrayBuffer();
    // A file changed on disk since it was picked can come back shorter: then each is read alone, to say which.
    if (buffer.byteLength !== blobs.reduce((sum, blob) => sum + blob.size, 0)) return undefined;
    let offset = 0;
    return blobs.map((blob) => {
      const part = new Uint8Array(buffer, offset, blob.size);
      offset += blob.size;
      return part;
    });
  } catch {
    return undefined;
  }
}
