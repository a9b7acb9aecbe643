// JSON.parse keeps the last of two equal keys without a word; a course file must say which value counts.
type Frame = { kind: 'object'; keys: Set<string>; key?: string; expectKey: boolean } | { kind: 'array'; index: number };

/** Dotted paths of every key that appears twice in one object. Expects text JSON.parse accepted. */
export function duplicateKeyPaths(text: string): string[] {
  const duplicates: string[] = [];
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const top = stack.at(-1);
    if (ch === '{') stack.push({ kind: 'object', keys: new Set(), expectKey: true });
    else if (ch === '[') stack.push({ kind: 'array', index: 0 });
    else if (ch === '}' || ch === ']') stack.pop();
    else if (ch === ',' && top?.kind === 'array') top.index++;
    else if (ch === ',' && top?.kind === 'object') top.expectKey = true;
    else if (ch === '"') {
      const end = stringEnd(text, i);
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) duplicates.push([...stack.slice(0, -1).map(segment), key].join('.'));
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end;
    }
  }
  return duplicates;
}

function segment(frame: Frame): string {
  return frame.kind === 'object' ? (frame.key ?? '') : String(frame.index);
}

// A whole JSON string, matched natively: a 20 MB value is skipped in one step.
const JSON_STRING = /"[^"\\]*(?:\\.[^"\\]*)*"/y;

/** Index of the quote closing the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  JSON_STRING.lastIndex = start;
  JSON_STRING.exec(text);
  return JSON_STRING.lastIndex - 1;
}
