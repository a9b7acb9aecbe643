/** Runs of whitespace (new lines, tabs, non-breaking spaces) as one space, trimmed: text as a reader sees it. */
export function foldSpaces(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
