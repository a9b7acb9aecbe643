import type { VNode } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { formatDay } from '@/components/format';
import { dateFlagText, stateText } from '@/domain/class/class-csv';
import { DATE_FLAGS, type DateFlag } from '@/domain/class/date-checks';
import { STEP_COLUMNS, type StepCell, type TraineeRow } from '@/domain/class/trainee';
import type { SortKey, SortOrder } from '@/domain/class/view-rows';
import { t } from '@/domain/i18n/t';
import { stepById } from '@/domain/progress/steps';

interface ClassTableProps {
  rows: readonly TraineeRow[];
  order: SortOrder;
  onSort: (key: SortKey) => void;
  courseTemplate: string;
  /** A row to move the focus to once shown (the first one "Show more" added); a new object each time it is asked. */
  focus?: { row: number };
}

/** Every label a cell can show, looked up once per table rather than once per cell. */
function cellLabels(template: string) {
  const views = ['done', 'pending', 'not-needed', 'ineligible'] as const;
  return {
    state: Object.fromEntries(views.map((view) => [view, stateText({ view })])) as Record<StepCell['view'], string>,
    manual: t('class_source_manual'),
    tier: { registered: t('wsTier_registered'), controlled: t('wsTier_controlled') },
    otherBuild: t('class_other_build'),
    flags: Object.fromEntries(DATE_FLAGS.map((flag) => [flag, dateFlagText(flag)])) as Record<DateFlag, string>,
    ruleOk: t('class_rule_ok'),
    ruleOff: t('class_rule_off', template),
  };
}
type CellLabels = ReturnType<typeof cellLabels>;

/** One row per trainee; the header buttons sort, and the region scrolls sideways by keyboard too. */
export function ClassTable({ rows, order, onSort, courseTemplate, focus }: ClassTableProps) {
  const labels = useMemo(() => cellLabels(courseTemplate), [courseTemplate]);
  // One element per trainee, made once: Preact skips a row whose element is the same, so showing more or sorting
  // builds only the rows new to the table.
  const rowView = useMemo(() => {
    const made = new WeakMap<TraineeRow, VNode>();
    return (row: TraineeRow) =>
      made.get(row) ?? made.set(row, <TraineeRowView key={row.label} row={row} labels={labels} />).get(row)!;
  }, [labels]);
  const body = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    const header = focus && (body.current?.children[focus.row]?.firstElementChild as HTMLElement | null | undefined);
    if (!header) return;
    header.tabIndex = -1;
    header.focus();
  }, [focus]);
  const sortable = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={order.key === key ? (order.descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" class="sort" data-sort={key} onClick={() => onSort(key)}>
        {label}
        <span aria-hidden="true">{order.key === key ? (order.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard
    <section class="table-scroll" aria-label={t('class_table_region')} tabIndex={0}>
      <table class="trainees" data-testid="class-table">
        <caption>{t('class_table_caption')}</caption>
        <colgroup>
          <col class="wide" />
          <col class="mid" />
          <col class="narrow" />
          <col class="mid" />
          {STEP_COLUMNS.map((id) => (
            <col key={id} class="mid" />
          ))}
          <col class="wide" />
          <col class="wide" />
          <col class="wide" />
        </colgroup>
        <thead>
          <tr>
            {sortable('name', t('class_col_name'))}
            <th scope="col">{t('class_col_build')}</th>
            {sortable('progress', t('class_col_progress'))}
            {sortable('next', t('class_col_next'))}
            {STEP_COLUMNS.map((id) => (
              <th scope="col" key={id} class="step-col">
                {t(stepById(id).titleKey)}
              </th>
            ))}
            {sortable('workspace', t('class_col_workspace'))}
            <th scope="col">{t('class_col_shared')}</th>
            {sortable('exported', t('class_col_exported'))}
          </tr>
        </thead>
        <tbody ref={body}>{rows.map(rowView)}</tbody>
      </table>
    </section>
  );
}

function TraineeRowView({ row, labels }: { row: TraineeRow; labels: CellLabels }) {
  return (
    <tr data-trainee={row.name}>
      <th scope="row">
        {row.name}
        {row.nameOrigin !== 'file' && (
          <span class="muted small-text">{t(`class_name_from_${row.nameOrigin.replace('-', '_')}`)}</span>
        )}
      </th>
      <td data-build={row.otherBuild ? 'other' : 'this'}>
        <code title={row.course.name}>{row.course.fingerprint}</code>
        {row.otherBuild && <span class="warn small-text">{labels.otherBuild}</span>}
      </td>
      <td>
        {row.journey.done}/{row.journey.required}
      </td>
      <td data-next={row.next ?? 'finished'}>{row.next ? t(stepById(row.next).titleKey) : t('class_finished')}</td>
      {row.steps.map((cell) => (
        <StepCellView key={cell.step} cell={cell} labels={labels} />
      ))}
      <td>
        {row.workspace ? (
          <WorkspaceCell row={row} labels={labels} />
        ) : (
          <span class="muted">{t('class_no_workspace')}</span>
        )}
      </td>
      <td>
        {row.shared ? (
          <>
            {row.shared.with ?? t('class_yes')}{' '}
            <span class="small-text">{t('class_shared_on', formatDay(row.shared.at))}</span>
            {!row.shared.isCourseCollaborator && <span class="warn small-text">{t('class_shared_other')}</span>}
          </>
        ) : (
          <span class="muted">{t('class_not_shared')}</span>
        )}
      </td>
      <td data-flags={row.dateFlags.join(' ') || undefined}>
        {formatDay(row.exportedAt)}
        {row.dateFlags.map((flag) => (
          <span key={flag} class="warn small-text" data-flag={flag}>
            {labels.flags[flag]}
          </span>
        ))}
        <span class="muted small-text file">{row.label}</span>
      </td>
    </tr>
  );
}

/** One text node per cell (state, date, "ticked by hand" on lines of their own): a class is thousands of cells. */
function StepCellView({ cell, labels }: { cell: StepCell; labels: CellLabels }) {
  const done = cell.view === 'done';
  const date = done ? (cell.shownDate ?? (cell.at !== undefined ? formatDay(cell.at) : '')) : '';
  const manual = done && cell.source === 'manual';
  // The data collection's tier on a line of its own (the Workbench's English name, as on screen).
  const tier = done && cell.tier ? labels.tier[cell.tier] : '';
  const text = [labels.state[cell.view], tier, date, manual ? labels.manual : ''].filter(Boolean).join('\n');
  return (
    <td
      class={`step ${cell.view}${manual ? ' by-hand' : ''}`}
      data-step={cell.step}
      data-state={cell.view}
      data-source={done ? cell.source : undefined}
    >
      {text}
    </td>
  );
}

function WorkspaceCell({ row, labels }: { row: TraineeRow; labels: CellLabels }) {
  return (
    <>
      {row.workspace!.name}
      <span
        class={`small-text ${row.workspaceFollowsRule ? 'ok' : 'warn'}`}
        data-rule={row.workspaceFollowsRule ? 'ok' : 'off'}
      >
        {row.workspaceFollowsRule ? labels.ruleOk : labels.ruleOff}
      </span>
    </>
  );
}
