// The class table as CSV rows: one line per trainee, three columns per step (state, date, how it was recorded).
import { t } from '../i18n/t';
import { stepById } from '../progress/steps';
import { toCsv } from './csv';
import type { DateFlag } from './date-checks';
import { STEP_COLUMNS, type StepCell, type TraineeRow } from './trainee';

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function stateText(cell: Pick<StepCell, 'view'>): string {
  return t(`class_state_${cell.view.replace('-', '_')}`);
}

export function sourceText(cell: StepCell): string {
  return cell.view === 'done' && cell.source ? t(`class_source_${cell.source}`) : '';
}

/** The tier of the data collection the trainee added (Researcher Workbench 2.0), as the page showed it. */
export function dataTierText(row: Pick<TraineeRow, 'steps'>): string {
  const tier = row.steps.find((cell) => cell.step === 'data-collection-added' && cell.view === 'done')?.tier;
  return tier ? t(`wsTier_${tier}`) : '';
}

export function dateFlagText(flag: DateFlag): string {
  return t(`class_flag_${flag.replace('-', '_')}`);
}

export function classCsv(rows: readonly TraineeRow[]): string {
  const stepHeaders = STEP_COLUMNS.flatMap((id) => {
    const title = t(stepById(id).titleKey);
    return [title, t('class_csv_date', title), t('class_csv_source', title)];
  });
  const header = [
    t('class_col_name'),
    t('class_csv_name_origin'),
    t('class_col_course'),
    t('class_col_fingerprint'),
    t('class_csv_build'),
    t('class_csv_done'),
    t('class_col_next'),
    ...stepHeaders,
    t('class_col_workspace'),
    t('class_csv_follows_rule'),
    t('class_csv_data_tier'),
    t('class_col_shared'),
    t('class_csv_shared_on'),
    t('class_col_exported'),
    t('class_csv_date_flags'),
    t('class_col_file'),
  ];
  const lines = rows.map((row) => [
    row.name,
    t(`class_name_from_${row.nameOrigin.replace('-', '_')}`),
    row.course.name,
    row.course.fingerprint,
    t(row.otherBuild ? 'class_other_build' : 'class_this_build'),
    `${row.journey.done}/${row.journey.required}`,
    row.next ? t(stepById(row.next).titleKey) : t('class_finished'),
    ...row.steps.flatMap((cell) => [
      stateText(cell),
      cell.view === 'done' ? (cell.shownDate ?? (cell.at !== undefined ? isoDay(cell.at) : '')) : '',
      sourceText(cell),
    ]),
    row.workspace ? `${row.workspace.namespace}/${row.workspace.name}` : '',
    row.workspace ? t(row.workspaceFollowsRule ? 'class_yes' : 'class_no') : '',
    dataTierText(row),
    row.shared ? (row.shared.with ?? t('class_yes')) : t('class_no'),
    row.shared ? isoDay(row.shared.at) : '',
    new Date(row.exportedAt).toISOString(),
    row.dateFlags.map(dateFlagText).join('; '),
    row.label,
  ]);
  return toCsv([header, ...lines]);
}

export function classCsvFileName(slug: string, now: number): string {
  return `class-${slug}-${isoDay(now)}.csv`;
}
