import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { checkOpenWorkbenchTabs } from '@/components/options/check-tabs';
import { DiagnosticsPanel } from '@/components/options/DiagnosticsPanel';
import { answerDiagnostics } from '@/content/reporting/answer-diagnostics';
import { DIAGNOSTICS_REQUEST } from '@/messaging/protocol';
import {
  countSelectors,
  diagnosticsRequest,
  judgeCounts,
  pageKindOf,
  snapshotKind,
  type SelectorCounts,
} from '@/site/diagnostics';
import { expectationTable, selectorTable } from '@/site/selector-table';

const selectors = selectorTable();
const selectorExpectations = expectationTable();
import { describeWithSnapshots, loadHtml, loadSnapshot, readSnapshot } from '../support/snapshots';

const WB = 'https://workbench.researchallofus.org';
afterEach(cleanup);

describe('which page a report is about', () => {
  it.each([
    [`${WB}/data-access-requirements`, undefined, 'dar'],
    [`${WB}/ras-callback?code=1`, undefined, 'dar'],
    [`${WB}/login`, 'institution', 'login-institution'],
    [`${WB}/login`, 'success', undefined],
    [`${WB}/data-code-of-conduct`, 'signature', 'ducc-signature'],
    [`${WB}/workspaces/build`, undefined, 'workspace-edit'],
    [`${WB}/workspaces/ns/name/about`, undefined, 'workspace-about'],
    [`${WB}/not-found`, undefined, 'error'],
    [`${WB}/profile`, undefined, undefined],
  ])('%s (%s) → %s', (url, step, kind) => {
    expect(pageKindOf(new URL(url), step)).toBe(kind);
  });

  it('knows the page kind of every snapshot a selector refers to', () => {
    const files = new Set(Object.values(selectorExpectations).flatMap((expect) => Object.keys(expect)));
    expect([...files].filter((file) => !snapshotKind(file))).toEqual([]);
  });
});

describeWithSnapshots('judging a live page against the snapshots', () => {
  const counted = (file: string, url: string, edit = (html: string) => html): SelectorCounts => {
    loadHtml(edit(readSnapshot(file)));
    return countSelectors(document, selectors, url);
  };

  it('finds every selector the Data Access Requirements page must have', () => {
    const report = judgeCounts(counted('dar-mixed-prod-flags.html', `${WB}/data-access-requirements`));
    expect(report.kind).toBe('dar');
    const expected = report.checks.filter((check) => check.expected);
    expect(expected.map((check) => check.name)).toEqual(
      expect.arrayContaining(['darModule', 'darModuleStatus', 'darInitialHeader']),
    );
    expect(expected.filter((check) => check.verdict !== 'found')).toEqual([]);
    expect(report.checks.find((check) => check.name === 'darCompleted')!.verdict).toBe('not-in-this-state');
    expect(report.checks.find((check) => check.name === 'workspaceName')!.verdict).toBe('not-expected');
  });

  it('reports what a changed Workbench no longer has', () => {
    const report = judgeCounts(
      counted('dar-mixed-prod-flags.html', `${WB}/data-access-requirements`, (html) =>
        html.replace(/data-test-id="module-/g, 'data-test-id="x-'),
      ),
    );
    const missing = report.checks.filter((check) => check.verdict === 'missing').map((check) => check.name);
    expect(missing).toEqual(expect.arrayContaining(['darModule', 'darModuleStatus']));
    expect(missing).not.toContain('darInitialHeader');
  });

  it('tells the login wizard steps apart by their DOM step', () => {
    loadSnapshot('account-creation-institution.html');
    const report = judgeCounts(countSelectors(document, selectors, `${WB}/login`, 'institution'));
    expect(report.kind).toBe('login-institution');
    expect(report.checks.find((check) => check.name === 'institutionalEmail')).toMatchObject({
      verdict: 'found',
      expected: true,
    });
  });

  it('the content script answers the options page with counts, and ignores other messages', async () => {
    loadSnapshot('dar-nothing-done.html');
    answerDiagnostics(new ContentScriptContext('test', {}));
    const reply = vi.fn();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'progress/changed' }, {}, reply);
    expect(reply).not.toHaveBeenCalled();
    // Without the table to count (the content script ships only the selectors it uses itself), no answer.
    await fakeBrowser.runtime.onMessage.trigger({ type: DIAGNOSTICS_REQUEST }, {}, reply);
    await fakeBrowser.runtime.onMessage.trigger({ type: DIAGNOSTICS_REQUEST, selectors: { darModule: 5 } }, {}, reply);
    expect(reply).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onMessage.trigger(diagnosticsRequest(), {}, reply);
    const counts = reply.mock.calls[0]![0] as SelectorCounts;
    expect(counts.url).toBe(window.location.href);
    expect(counts.counts.darModule).toBe(5);
    expect(Object.keys(counts.counts)).toEqual(Object.keys(selectors));
  });

  it('a selector the browser rejects counts 0 instead of failing the whole check', () => {
    loadSnapshot('dar-nothing-done.html');
    const counts = countSelectors(
      document,
      { darModule: selectors.darModule, broken: 'div[' },
      `${WB}/data-access-requirements`,
    );
    expect(counts.counts).toEqual({ darModule: 5, broken: 0 });
  });
});

describe('asking the open tabs', () => {
  // `screen` is bound to the body at import time, and earlier tests swapped a snapshot's body in.
  const page = () => within(document.body);
  beforeEach(() => document.body.replaceChildren());

  it('collects answers from tabs with our content script and skips the rest', async () => {
    fakeBrowser.tabs.query = (async () => [{ id: 1 }, { id: 2 }, {}]) as unknown as typeof fakeBrowser.tabs.query;
    const counts: SelectorCounts = { url: `${WB}/data-access-requirements`, title: 'DAR', counts: { darModule: 5 } };
    const sent: unknown[] = [];
    fakeBrowser.tabs.sendMessage = (async (tabId: number, message: unknown) => {
      sent.push(message);
      if (tabId === 2) throw new Error('Could not establish connection. Receiving end does not exist.');
      return counts;
    }) as unknown as typeof fakeBrowser.tabs.sendMessage;
    const reports = await checkOpenWorkbenchTabs();
    expect(reports).toHaveLength(1);
    expect(sent).toEqual([diagnosticsRequest(), diagnosticsRequest()]);
    expect(sent[0]).toMatchObject({ selectors: { workspaceName: selectors.workspaceName } });
    expect(reports[0]!.checks.find((check) => check.name === 'darModule')!.verdict).toBe('found');
  });

  it('the panel lists missing elements, or says that no Workbench tab answered', async () => {
    const report = judgeCounts({
      url: `${WB}/data-access-requirements`,
      title: 'DAR',
      counts: { darInitialHeader: 1 },
    });
    const { unmount } = render(<DiagnosticsPanel check={async () => [report]} />);
    fireEvent.click(page().getByRole('button', { name: 'Check open Workbench tabs' }));
    expect((await page().findByTestId('diag-verdict')).textContent).toMatch(/^Missing: .*darModule/);
    expect(document.querySelector('tr[data-selector="darModule"]')!.getAttribute('data-verdict')).toBe('missing');
    expect(document.querySelector('tr[data-selector="workspaceName"]')).toBeNull();
    fireEvent.click(page().getByLabelText(/Show every element/));
    expect(document.querySelector('tr[data-selector="workspaceName"]')).not.toBeNull();
    unmount();
    render(<DiagnosticsPanel check={async () => []} />);
    fireEvent.click(page().getByRole('button', { name: 'Check open Workbench tabs' }));
    expect((await page().findByTestId('no-workbench-tab')).textContent).toContain('No open Workbench tab answered');
  });
});
