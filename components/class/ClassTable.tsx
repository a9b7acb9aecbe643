import { formatDay } from '@/components/popup/format';
import { sourceText, stateText } from '@/utils/class/class-csv';
import { STEP_COLUMNS, type StepCell, type TraineeRow } from '@/utils/class/trainee';
import type { SortKey, SortOrder } from '@/utils/class/view-rows';
import { t } from '@/utils/i18n/t';
import { stepById } from '@/utils/progress/steps';

interface ClassTableProps {
  rows: readonly TraineeRow[];
  order: SortOrder;
  onSort: (key: SortKey) => void;
  courseTemplate: string;
}

/** One row per trainee; the header buttons sort, and the region scrolls sideways by keyboard too. */
export function ClassTable({ rows, order, onSort, courseTemplate }: ClassTableProps) {
  const sortable = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={order.key === key ? (order.descending ? 'descending' : 'ascending') : undefined}>
      <button type="button" class="sort" data-sort={key} onClick={() => onSort(key)}>
        {label}
        <span aria-hidden="true">{order.key === key ? (order.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
  return (
    <div class="table-scroll" role="region" aria-label={t('class_table_region')} tabIndex={0}>
      <table class="trainees" data-testid="class-table">
        <caption>{t('class_table_caption')}</caption>
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
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} data-trainee={row.name}>
              <th scope="row">
                {row.name}
                <span class="muted small-text">{t(`class_name_from_${row.nameOrigin.replace('-', '_')}`)}</span>
              </th>
              <td>
                {row.course.name}
                <code class="small-text">{row.course.fingerprint}</code>
              </td>
              <td>
                {row.journey.done}/{row.journey.required}
              </td>
              <td data-next={row.next ?? 'finished'}>{row.next ? t(stepById(row.next).titleKey) : t('class_finished')}</td>
              {row.steps.map((cell) => (
                <StepCellView key={cell.step} cell={cell} />
              ))}
              <td>{row.workspace ? <WorkspaceCell row={row} template={courseTemplate} /> : <span class="muted">{t('class_no_workspace')}</span>}</td>
              <td>
                {row.shared ? (
                  <>
                    {row.shared.with ?? t('class_yes')} <span class="small-text">{t('class_shared_on', formatDay(row.shared.at))}</span>
                    {!row.shared.isCourseCollaborator && <span class="warn small-text">{t('class_shared_other')}</span>}
                  </>
                ) : (
                  <span class="muted">{t('class_not_shared')}</span>
                )}
              </td>
              <td>
                {formatDay(row.exportedAt)}
                <span class="muted small-text file">{row.label}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function StepCellView({ cell }: { cell: StepCell }) {
  const date = cell.view === 'done' ? (cell.shownDate ?? (cell.at !== undefined ? formatDay(cell.at) : '')) : '';
  return (
    <td class={`step ${cell.view}`} data-step={cell.step} data-state={cell.view} data-source={cell.view === 'done' ? cell.source : undefined}>
      {stateText(cell)}
      {date && <span class="small-text">{date}</span>}
      {cell.view === 'done' && cell.source === 'manual' && <span class="manual small-text">{sourceText(cell)}</span>}
    </td>
  );
}

function WorkspaceCell({ row, template }: { row: TraineeRow; template: string }) {
  return (
    <>
      {row.workspace!.name}
      <span class={`small-text ${row.workspaceFollowsRule ? 'ok' : 'warn'}`} data-rule={row.workspaceFollowsRule ? 'ok' : 'off'}>
        {row.workspaceFollowsRule ? t('class_rule_ok') : t('class_rule_off', template)}
      </span>
    </>
  );
}
