// One hand-in file's text → a checked export, or why it is not one (never a half-read file).
import { checkExport, type ProgressExport } from '../progress/export-format';
import type { ZipProblem } from './zip';

export type FileProblem =
  | { code: 'not-json' }
  | { code: 'not-export'; detail: string }
  | { code: 'too-large'; limitMb: number }
  | { code: 'unreadable' }
  | { code: 'not-progress-file' }
  | { code: 'zip'; problem: ZipProblem }
  /** Not read: the pick had already read as much as one pick may (files, or bytes unpacked). */
  | { code: 'pick-limit'; maxFiles: number; limitMb: number }
  /** Not read: the instructor cancelled reading. */
  | { code: 'cancelled' };

export interface HandInFile {
  /** Where it came from: the file name, its folder path, or "class.zip › name.json". */
  label: string;
  data: ProgressExport;
}

export interface RejectedFile {
  label: string;
  problem: FileProblem;
}

export type ParsedFile = { ok: true; file: HandInFile } | { ok: false; rejected: RejectedFile };

export function parseHandIn(label: string, text: string): ParsedFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, rejected: { label, problem: { code: 'not-json' } } };
  }
  return checkHandIn(label, json);
}

/** An already-parsed value (e.g. a kept class read back) checked as a hand-in file. */
export function checkHandIn(label: string, json: unknown): ParsedFile {
  const checked = checkExport(json);
  if (!checked.ok)
    return { ok: false, rejected: { label, problem: { code: 'not-export', detail: checked.problems.join(', ') } } };
  return { ok: true, file: { label, data: checked.data } };
}
