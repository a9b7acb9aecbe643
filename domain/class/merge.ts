// All picked files → the class: one row per trainee, and every file that is not in the table listed apart with why.
import { compareText } from './compare-text';
import type { ExportCourse } from '../progress/export-format';
import type { ParsedFile, RejectedFile, HandInFile } from './parse';
import { traineeRow, type ClassCourse, type TraineeRow } from './trainee';
import { foldSpaces } from '../text/fold-spaces';

/** Files of another build of this course are rows (marked); only these are set apart. */
export type OtherCourseReason = 'no-course' | 'other-course';

export interface OtherCourseFile {
  label: string;
  reason: OtherCourseReason;
  course?: ExportCourse;
}

export interface DuplicateFile {
  label: string;
  name: string;
  exportedAt: number;
  /** The file of the same trainee that is in the table instead (newer, or chosen). */
  keptLabel: string;
  /** Dated after the class view opened: kept out of the table unless the instructor chooses it. */
  future: boolean;
}

export interface ClassView {
  rows: TraineeRow[];
  otherCourse: OtherCourseFile[];
  duplicates: DuplicateFile[];
  rejected: RejectedFile[];
}

export interface MergeOptions {
  /** When the class view opened: files dated later (plus a day) are flagged and never win on their own. */
  openedAt?: number;
  /** Files the instructor chose for their trainee, latest choice last: each wins over the others of its trainee. */
  chosen?: readonly string[];
}

export function mergeClass(
  parsed: readonly ParsedFile[],
  course: ClassCourse,
  { openedAt = Date.now(), chosen = [] }: MergeOptions = {},
): ClassView {
  const view: ClassView = { rows: [], otherCourse: [], duplicates: [], rejected: [] };
  const ours: HandInFile[] = [];
  for (const result of parsed) {
    if (!result.ok) {
      view.rejected.push(result.rejected);
      continue;
    }
    const reason = courseMismatch(result.file, course);
    if (reason)
      view.otherCourse.push({
        label: result.file.label,
        reason,
        ...(result.file.data.course ? { course: result.file.data.course } : {}),
      });
    else ours.push(result.file);
  }
  const rows = ours.map((file) => traineeRow(file, course, openedAt));
  const preference = preferred(chosen);
  for (const group of groupBy(rows, identityOf).values()) keepNewest(group, view, preference);
  view.rows.sort((a, b) => compareText(a.name, b.name) || compareText(a.label, b.label));
  return view;
}

function courseMismatch(file: HandInFile, course: ClassCourse): OtherCourseReason | undefined {
  const stamped = file.data.course;
  if (!stamped) return 'no-course';
  return stamped.slug === course.slug ? undefined : 'other-course';
}

const normalise = (text: string) => foldSpaces(text.normalize('NFC')).toLocaleLowerCase();

/** Who a file is from: the name in it, else the workspace (unique in the Workbench), else the file's name. */
function identityOf(row: TraineeRow): string {
  if (row.nameOrigin === 'file') return `name:${normalise(row.name)}`;
  if (row.workspace) return `workspace:${row.workspace.namespace}`;
  return `file:${normalise(row.name)}`;
}

const isFuture = (row: TraineeRow) => row.dateFlags.includes('future');

/** The order files of one trainee are tried in: chosen (latest choice first), then plausible dates, then newest. */
function preferred(chosen: readonly string[]): (a: TraineeRow, b: TraineeRow) => number {
  return (a, b) =>
    chosen.lastIndexOf(b.label) - chosen.lastIndexOf(a.label) ||
    Number(isFuture(a)) - Number(isFuture(b)) ||
    b.exportedAt - a.exportedAt ||
    compareText(a.label, b.label);
}

/**
 * Best first (see preferred); a file joins the trainee of a better one unless both name different workspaces
 * (two trainees with the same name each have their own workspace).
 */
function keepNewest(group: TraineeRow[], view: ClassView, preference: (a: TraineeRow, b: TraineeRow) => number): void {
  const kept: TraineeRow[] = [];
  for (const row of [...group].sort(preference)) {
    const same = kept.find((k) => !k.workspace || !row.workspace || k.workspace.namespace === row.workspace.namespace);
    if (!same) kept.push(row);
    else
      view.duplicates.push({
        label: row.label,
        name: row.name,
        exportedAt: row.exportedAt,
        keptLabel: same.label,
        future: isFuture(row),
      });
  }
  view.rows.push(...kept);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
