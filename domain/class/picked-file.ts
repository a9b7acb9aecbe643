// What the page gets from a pick or a drop: a File, or a dropped folder's file wrapped with its path.

/** The part of File the page uses (a folder pick adds the path inside it). */
export interface PickedFile {
  name: string;
  size: number;
  webkitRelativePath?: string;
  arrayBuffer(): Promise<ArrayBuffer>;
  /** The file itself when this is a wrapper (a dropped folder's file), so it can be read with others. */
  blob?: Blob;
}
