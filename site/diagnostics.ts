// "Check this tab": which of our selectors a live Workbench page still has. The content script only
// counts; the options page judges the counts against the snapshots each selector was written for.
import {
  isAdminRoute,
  isCodeOfConduct,
  isDataAccessRequirements,
  isLogin,
  isWorkbenchErrorPage,
  isWorkspaceAbout,
  isWorkspaceCreate,
  isWorkspaceDuplicate,
  isWorkspaceEdit,
} from './pages';
import { DIAGNOSTICS_REQUEST, type DiagnosticsRequest } from '../messaging/protocol';
import { expectationTable, selectorTable, type SelectorName } from './selector-table';

export interface SelectorCounts {
  url: string;
  title: string;
  /** DOM-only step (login wizard, DUCC page) the URL cannot tell. */
  step?: string;
  counts: Partial<Record<SelectorName, number>>;
}

export type PageKind =
  | 'login-landing'
  | 'login-terms'
  | 'login-institution'
  | 'login-details'
  | 'dar'
  | 'ducc-content'
  | 'ducc-signature'
  | 'workspace-edit'
  | 'workspace-about'
  | 'error';

const SNAPSHOT_KINDS: Array<[RegExp, PageKind]> = [
  [/^login-landing/, 'login-landing'],
  [/^account-creation-tos/, 'login-terms'],
  [/^account-creation-institution/, 'login-institution'],
  [/^account-creation-details/, 'login-details'],
  [/^dar-/, 'dar'],
  [/^ducc-content/, 'ducc-content'],
  [/^ducc-signature/, 'ducc-signature'],
  [/^workspace-edit-/, 'workspace-edit'],
  [/^workspace-(about|share)/, 'workspace-about'],
  [/^error-/, 'error'],
];

export function snapshotKind(file: string): PageKind | undefined {
  return SNAPSHOT_KINDS.find(([pattern]) => pattern.test(file))?.[1];
}

export function pageKindOf(url: URL, step?: string): PageKind | undefined {
  if (isLogin(url)) return step && step !== 'success' ? (`login-${step}` as PageKind) : undefined;
  if (isDataAccessRequirements(url)) return 'dar';
  if (isCodeOfConduct(url)) return step === 'content' || step === 'signature' ? `ducc-${step}` : undefined;
  if (isWorkspaceCreate(url) || isWorkspaceEdit(url) || isWorkspaceDuplicate(url)) return 'workspace-edit';
  if (isWorkspaceAbout(url)) return 'workspace-about';
  if (isWorkbenchErrorPage(url) || isAdminRoute(url)) return 'error';
  return undefined;
}

/** What the options page sends: the whole table, as the content script ships only the selectors it uses. */
export function diagnosticsRequest(): DiagnosticsRequest {
  return { type: DIAGNOSTICS_REQUEST, selectors: selectorTable() };
}

export function isSelectorTable(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && Object.values(value).every((css) => typeof css === 'string');
}

/** Counts each selector on a page (content script side: cheap, no judgement); one the browser rejects counts 0. */
export function countSelectors(
  doc: Document,
  table: Record<string, string>,
  url: string,
  step?: string,
): SelectorCounts {
  const counts: Record<string, number> = {};
  for (const [name, css] of Object.entries(table)) {
    try {
      counts[name] = doc.querySelectorAll(css).length;
    } catch {
      counts[name] = 0;
    }
  }
  return { url, title: doc.title, ...(step ? { step } : {}), counts };
}

/**
 * found; missing (every snapshot of this page has it); absent but only shown in some states; not expected on this page.
 */
export type SelectorVerdict = 'found' | 'missing' | 'not-in-this-state' | 'not-expected';

export interface SelectorCheck {
  name: SelectorName;
  css: string;
  count: number;
  verdict: SelectorVerdict;
  /** Every reference snapshot of this page has it, so its absence means the Workbench changed. */
  expected: boolean;
  /** Counts on this page kind's reference snapshots, e.g. "dar-nothing-done.html: 5". */
  reference: string[];
}

export interface TabReport {
  url: string;
  title: string;
  kind: PageKind | undefined;
  checks: SelectorCheck[];
}

export function judgeCounts(counts: SelectorCounts): TabReport {
  const kind = pageKindOf(new URL(counts.url), counts.step);
  const expectations = expectationTable();
  const selectors = selectorTable();
  const checks = (Object.keys(expectations) as SelectorName[]).map((name): SelectorCheck => {
    const count = counts.counts[name] ?? 0;
    const here = Object.entries(expectations[name]).filter(([file]) => kind && snapshotKind(file) === kind);
    const reference = here.map(([file, n]) => `${file}: ${n}`);
    const expected = here.length > 0 && here.every(([, n]) => n > 0);
    let verdict: SelectorVerdict;
    if (count > 0) verdict = 'found';
    else if (expected) verdict = 'missing';
    else verdict = here.some(([, n]) => n > 0) ? 'not-in-this-state' : 'not-expected';
    return { name, css: selectors[name], count, verdict, expected, reference };
  });
  return { url: counts.url, title: counts.title, kind, checks };
}

export function isSelectorCounts(value: unknown): value is SelectorCounts {
  const candidate = value as SelectorCounts | undefined;
  return typeof candidate?.url === 'string' && typeof candidate.counts === 'object' && candidate.counts !== null;
}
