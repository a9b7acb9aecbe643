// One fill session, for the legacy form's panel and the RW 2.0 panel alike: plan, apply, the report, Undo, and the
// answer sheet for whatever could not be filled. The panels only draw it.
import type { ScriptCourse } from '@/domain/course/script-course';
import { type AnswerRow, answerSheet } from '@/guidance/answer-sheet';
import {
  applyPlan,
  type DropdownDriver,
  type FieldResult,
  readFormFacts,
  type UndoStatus,
  type UndoStep,
  undoPrefill,
  enableDropdowns,
} from '@/prefill/apply';
import { type FieldId, type Plan, type PlanOptions, planPrefill } from '@/prefill/plan';
import type { WaitFor } from '@/site/anchor';

export interface FillReport {
  results: FieldResult[];
  reviewQuestion: number;
}
export type UndoRows = Array<{ field: FieldId; status: UndoStatus }>;

/** Statuses after which the trainee still has something to do by hand. */
const LOST: ReadonlySet<FieldResult['status']> = new Set(['not-found', 'not-sure', 'failed', 'needs-last-name']);

export interface FillSession {
  /** What a fill would do now, without touching the page. */
  preview(root: ParentNode, options?: PlanOptions): Plan;
  /** Fills; a second pass that may overwrite only replaces the answers the first pass kept. */
  fill(root: ParentNode, options?: PlanOptions): Promise<FillReport>;
  /** Puts back what this session changed, newest first. */
  undo(root: ParentNode): Promise<UndoRows>;
  /** Forgets the report (a new page of a multi-page form); what Undo can restore is kept. */
  clear(): void;
  /** Runs one fill or undo at a time (`busy` meanwhile); false when another was still running, so this one did not. */
  run(job: () => Promise<unknown>): Promise<boolean>;
  readonly busy: boolean;
  readonly report: FillReport | undefined;
  readonly undone: UndoRows | undefined;
  readonly canUndo: boolean;
  /** Fields the last fill left for the trainee to do by hand. */
  readonly left: FieldId[];
  sheet(lastName?: string): AnswerRow[];
}

/** `dropdowns`: where choices may be offered as dropdowns (RW 2.0), the driver that reads and picks them. */
export function createFillSession(
  course: ScriptCourse,
  waitFor: WaitFor,
  { dropdowns }: { dropdowns?: DropdownDriver } = {},
): FillSession {
  if (dropdowns) enableDropdowns(dropdowns);
  let report: FillReport | undefined;
  let undone: UndoRows | undefined;
  let undoLog: UndoStep[] = [];
  let busy = false;
  const preview = (root: ParentNode, options: PlanOptions = {}) =>
    planPrefill(course, readFormFacts(root, options.fields), options);
  return {
    preview,
    async fill(root, options = {}) {
      const plan = preview(root, options);
      const { results, undo } = await applyPlan(root, plan, waitFor);
      const merged =
        options.overwrite && report
          ? report.results.map((row) =>
              row.status === 'kept-user' ? (results.find((r) => r.field === row.field) ?? row) : row,
            )
          : results;
      undoLog = [...undoLog, ...undo];
      undone = undefined;
      report = { results: merged, reviewQuestion: plan.reviewQuestion };
      return report;
    },
    async undo(root) {
      undone = await undoPrefill(root, undoLog, waitFor);
      undoLog = [];
      return undone;
    },
    clear() {
      report = undefined;
      undone = undefined;
    },
    async run(job) {
      if (busy) return false;
      busy = true;
      try {
        await job();
      } finally {
        busy = false;
      }
      return true;
    },
    get busy() {
      return busy;
    },
    get report() {
      return report;
    },
    get undone() {
      return undone;
    },
    get canUndo() {
      return undoLog.length > 0;
    },
    get left() {
      return undone ? [] : (report?.results.filter((r) => LOST.has(r.status)).map((r) => r.field) ?? []);
    },
    sheet: (lastName) => answerSheet(course, lastName),
  };
}
