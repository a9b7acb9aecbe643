import { useState } from 'preact/hooks';
import type { SelectorCheck, TabReport } from '@/site/diagnostics';
import { t } from '@/domain/i18n/t';
import { checkOpenWorkbenchTabs } from './check-tabs';

type State = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; reports: TabReport[] };

/** "Check this tab": tells an instructor which parts of a live Workbench page our guidance can no longer find. */
export function DiagnosticsPanel({ check = checkOpenWorkbenchTabs }: { check?: () => Promise<TabReport[]> }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const run = async () => {
    setState({ kind: 'running' });
    setState({ kind: 'done', reports: await check().catch(() => []) });
  };
  return (
    <section aria-labelledby="diagnostics">
      <h2 id="diagnostics">{t('options_diag_title')}</h2>
      <p>{t('options_diag_intro')}</p>
      <button type="button" class="button" onClick={run} disabled={state.kind === 'running'}>
        {t(state.kind === 'running' ? 'options_diag_running' : 'options_diag_button')}
      </button>
      <div aria-live="polite">
        {state.kind === 'done' && state.reports.length === 0 && (
          <p data-testid="no-workbench-tab">{t('options_diag_none')}</p>
        )}
        {state.kind === 'done' && state.reports.map((report) => <TabResult key={report.url} report={report} />)}
      </div>
    </section>
  );
}

const verdictText = (check: SelectorCheck) =>
  t(`options_verdict_${check.verdict.replace(/-/g, '_')}`, String(check.count));

function TabResult({ report }: { report: TabReport }) {
  const [showAll, setShowAll] = useState(false);
  const expected = report.checks.filter((check) => check.expected);
  const missing = expected.filter((check) => check.verdict === 'missing');
  const rows =
    showAll || !report.kind ? report.checks : report.checks.filter((check) => check.verdict !== 'not-expected');
  return (
    <article class="tab-report" data-testid="tab-report" data-kind={report.kind ?? 'unknown'}>
      <h3>{report.title || report.url}</h3>
      <p class="muted">{report.url}</p>
      {report.kind ? (
        <>
          <p>{t('options_diag_page_kind', t(`options_kind_${report.kind.replace(/-/g, '_')}`))}</p>
          <p data-testid="diag-summary">
            {t('options_diag_summary', [String(expected.length - missing.length), String(expected.length)])}
          </p>
          <p class={missing.length ? 'warn' : 'ok'} data-testid="diag-verdict">
            {missing.length
              ? t('options_diag_missing', missing.map((check) => check.name).join(', '))
              : t('options_diag_all_found')}
          </p>
        </>
      ) : (
        <p>{t('options_diag_unknown_page')}</p>
      )}
      {report.kind && (
        <label class="toggle">
          <input
            type="checkbox"
            checked={showAll}
            onChange={(event) => setShowAll((event.target as HTMLInputElement).checked)}
          />{' '}
          {t('options_diag_show_all')}
        </label>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('options_diag_col_name')}</th>
            <th scope="col">{t('options_diag_col_status')}</th>
            <th scope="col">{t('options_diag_col_reference')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((check) => (
            <tr
              key={check.name}
              data-selector={check.name}
              data-verdict={check.verdict}
              class={check.verdict === 'missing' ? 'warn' : undefined}
            >
              <th scope="row">
                {check.name}
                <code class="css">{check.css}</code>
              </th>
              <td>{verdictText(check)}</td>
              <td>{check.reference.join(' · ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
