// All picked files → the class: one row per trainee, and every file that is not in the table listed apart with why.
import { compareText } from './compare-text';
import type { ExportCourse } from '../progress/export-format';
import type { ParsedFile, RejectedFile, HandInFile } from './parse';
import { traineeRow, type ClassCourse, type TraineeRow } from './trainee';

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
  /** The newer file of the same trainee that is in the table instead. */
  keptLabel: string;
}

export interface ClassView {
  rows: TraineeRow[];
  otherCourse: OtherCourseFile[];
  duplicates: DuplicateFile[];
  rejected: RejectedFile[];
}

export function mergeClass(parsed: readonly ParsedFile[], course: ClassCourse): ClassView {
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
  const rows = ours.map((file) => traineeRow(file, course));
  for (const group of groupBy(rows, identityOf).values()) keepNewest(group, view);
  view.rows.sort((a, b) => compareText(a.name, b.name) || compareText(a.label, b.label));
  return view;
}

function courseMismatch(file: HandInFile, course: ClassCourse): OtherCourseReason | undefined {
  const stamped = file.data.course;
  if (!stamped) return 'no-course';
  return stamped.slug === course.slug ? undefined : 'other-course';
}

const normalise = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** Who a file is from: the name in it, else the workspace (unique in the Workbench), else the file's name. */
function identityOf(row: TraineeRow): string {
  if (row.nameOrigin === 'file') return `name:${normalise(row.name)}`;
  if (row.workspace) return `workspace:${row.workspace.namespace}`;
  return `file:${normalise(row.name)}`;
}

/**
 * Newest first; a file joins the trainee of a newer one unless both name different workspaces
 * (two trainees with the same name each have their own workspace).
 */
function keepNewest(group: TraineeRow[], view: ClassView): void {
  const kept: TraineeRow[] = [];
  for (const row of [...group].sort((a, b) => b.exportedAt - a.exportedAt || compareText(a.label, b.label))) {
    const same = kept.find((k) => !k.workspace || !row.workspace || k.workspace.namespace === row.workspace.namespace);
    if (!same) kept.push(row);
    else view.duplicates.push({ label: row.label, name: row.name, exportedAt: row.exportedAt, keptLabel: same.label });
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
