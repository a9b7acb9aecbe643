// What page is this? Pure predicates over a URL (or a document where the URL is not enough).
import { foldSpaces } from '../domain/text/fold-spaces';
import * as sel from './selectors';
import { isRw2Host } from '../domain/workbench/workspace-platform';

export const WORKBENCH_ORIGIN = 'https://workbench.researchallofus.org';

export type UrlPredicate = (url: URL) => boolean;

// Legacy routes only: Researcher Workbench 2.0 pages with the same paths mean something else.
const path = (url: URL) => (isRw2Host(url) ? '#rw2' : url.pathname.replace(/\/+$/, '') || '/');
const WORKSPACE_TAB = /^\/workspaces\/([^/]+)\/([^/]+)\/(about|data|edit|duplicate|analysis)$/;

/**
 * The legacy home page: its "Migration has ended." or Code of Conduct update banner, and where /workspaces/build now
 * sends trainees.
 */
export const isWorkbenchHome: UrlPredicate = (url) => path(url) === '/';

/** Researcher Workbench 2.0: what a page is comes from what it shows (its DOM is not public), never its path. */
export const isResearcherWorkbench2: UrlPredicate = (url) => isRw2Host(url);

export const isLogin: UrlPredicate = (url) => path(url) === '/login';

export const isDataAccessRequirements: UrlPredicate = (url) =>
  path(url) === '/data-access-requirements' || path(url) === '/ras-callback';

export const isCodeOfConduct: UrlPredicate = (url) => path(url) === '/data-code-of-conduct';

export const isWorkspaceCreate: UrlPredicate = (url) => path(url) === '/workspaces/build';

export const isWorkspaceEdit: UrlPredicate = (url) => WORKSPACE_TAB.exec(path(url))?.[3] === 'edit';

export const isWorkspaceDuplicate: UrlPredicate = (url) => WORKSPACE_TAB.exec(path(url))?.[3] === 'duplicate';

export const isWorkspaceAbout: UrlPredicate = (url) => WORKSPACE_TAB.exec(path(url))?.[3] === 'about';

export const isWorkspaceData: UrlPredicate = (url) => WORKSPACE_TAB.exec(path(url))?.[3] === 'data';

export const WORKBENCH_ERROR_ROUTES = ['/sign-in-again', '/session-expired', '/not-found', '/user-disabled'] as const;
export type WorkbenchErrorRoute = (typeof WORKBENCH_ERROR_ROUTES)[number];

export const isWorkbenchErrorPage: UrlPredicate = (url) =>
  (WORKBENCH_ERROR_ROUTES as readonly string[]).includes(path(url));

/** Admin routes render "authority missing" in place when the user lacks the authority. */
export const isAdminRoute: UrlPredicate = (url) => /^\/admin(\/|$)/.test(path(url));

export const isGoogleSignInHost: UrlPredicate = (url) =>
  url.protocol === 'https:' && url.hostname === 'accounts.google.com';

/** Every URL predicate by name, for the generic examples test. */
export const URL_PREDICATES = {
  isWorkbenchHome,
  isResearcherWorkbench2,
  isLogin,
  isDataAccessRequirements,
  isCodeOfConduct,
  isWorkspaceCreate,
  isWorkspaceEdit,
  isWorkspaceDuplicate,
  isWorkspaceAbout,
  isWorkspaceData,
  isWorkbenchErrorPage,
  isAdminRoute,
  isGoogleSignInHost,
} satisfies Record<string, UrlPredicate>;

/** Example URLs each predicate must accept (and every other predicate must reject); kept apart so they never ship. */
export const PAGE_EXAMPLES: Record<keyof typeof URL_PREDICATES, string[]> = {
  isWorkbenchHome: [
    'https://workbench.researchallofus.org/',
    'https://workbench.researchallofus.org',
    'https://workbench.researchallofus.org/?workspaceId=1',
  ],
  isResearcherWorkbench2: [
    'https://workbench.verily.com/',
    'https://workbench.verily.com/workspaces',
    'https://workbench.verily.com/workspaces/aou-rw-1234/about',
  ],
  isLogin: [
    'https://workbench.researchallofus.org/login',
    'https://workbench.researchallofus.org/login?redirect=%2Fworkspaces',
  ],
  isDataAccessRequirements: [
    'https://workbench.researchallofus.org/data-access-requirements',
    'https://workbench.researchallofus.org/data-access-requirements?pageMode=ANNUAL_RENEWAL',
    'https://workbench.researchallofus.org/ras-callback?code=abc123',
  ],
  isCodeOfConduct: [
    'https://workbench.researchallofus.org/data-code-of-conduct',
    'https://workbench.researchallofus.org/data-code-of-conduct?renewal=1',
  ],
  isWorkspaceCreate: ['https://workbench.researchallofus.org/workspaces/build'],
  isWorkspaceEdit: ['https://workbench.researchallofus.org/workspaces/aou-rw-1234/smith_training/edit'],
  isWorkspaceDuplicate: ['https://workbench.researchallofus.org/workspaces/aou-rw-1234/smith_training/duplicate'],
  isWorkspaceAbout: ['https://workbench.researchallofus.org/workspaces/aou-rw-1234/smith_training/about'],
  isWorkspaceData: ['https://workbench.researchallofus.org/workspaces/aou-rw-1234/smith_training/data'],
  isWorkbenchErrorPage: [
    'https://workbench.researchallofus.org/sign-in-again',
    'https://workbench.researchallofus.org/session-expired',
    'https://workbench.researchallofus.org/not-found',
    'https://workbench.researchallofus.org/user-disabled',
  ],
  isAdminRoute: [
    'https://workbench.researchallofus.org/admin/users',
    'https://workbench.researchallofus.org/admin/workspaces/aou-rw-1/',
  ],
  isGoogleSignInHost: [
    'https://accounts.google.com/signin/v2/challenge/pwd',
    'https://accounts.google.com/v3/signin/speedbump/changepassword',
  ],
};

export function workspaceFromUrl(url: URL): { namespace: string; name: string } | undefined {
  const match = WORKSPACE_TAB.exec(path(url));
  return match
    ? { namespace: decodeURIComponent(match[1] ?? ''), name: decodeURIComponent(match[2] ?? '') }
    : undefined;
}

export function errorRouteOf(url: URL): WorkbenchErrorRoute | undefined {
  return WORKBENCH_ERROR_ROUTES.find((route) => route === path(url));
}

// ---- DOM-dependent detection (the URL alone cannot tell) ----

export type LoginStep = 'landing' | 'terms' | 'institution' | 'details' | 'success';

/** The account-creation wizard never changes the URL, so the step comes from its markers. */
export function loginStepOf(doc: ParentNode): LoginStep | undefined {
  if (doc.querySelector(sel.signupSuccess)) return 'success';
  if (doc.querySelector(sel.institutionStep)) return 'institution';
  if (doc.querySelector(sel.detailsStep)) return 'details';
  if (doc.querySelector(sel.termsAgreement)) return 'terms';
  if (doc.querySelector(sel.loginLanding)) return 'landing';
  return undefined;
}

export type CodeOfConductPage = 'content' | 'signature';

export function codeOfConductPageOf(doc: ParentNode): CodeOfConductPage | undefined {
  if (doc.querySelector(sel.duccSignaturePage)) return 'signature';
  if (doc.querySelector(sel.duccContentPage)) return 'content';
  return undefined;
}

/** Google's generic error template: title, a bold "403." and "That’s an error." — never the URL alone. */
export function isGoogle403Page(doc: Document): boolean {
  const title = doc.title ?? '';
  if (!sel.google403Title.test(title)) return false;
  const code = [...doc.querySelectorAll(sel.google403Code)].some(
    (b) => b.textContent?.trim() === sel.google403CodeText,
  );
  const text = (doc.body?.textContent ?? '').replace(/[\u2018\u2019]/g, "'");
  return code && text.includes(sel.google403MessageText);
}

export function isAuthorityMissingPage(doc: ParentNode): boolean {
  // A Document has no textContent of its own: read its body (the app may render beside #root).
  const text =
    (doc.querySelector(sel.appRoot)?.textContent || doc.querySelector('body')?.textContent) ??
    (doc as Node).textContent;
  return sel.authorityMissingText.test(text ?? '');
}

// ---- The legacy Workbench points to Researcher Workbench 2.0 ----

/**
 * The "Researcher Workbench is moving" modal, by its label (react-modal renders `aria`, not `data-test-id`) or its
 * title.
 */
export function workspaceMovedModalOf(root: ParentNode): Element | undefined {
  const marked = root.querySelector(sel.workspaceMovedModal);
  if (marked) return marked;
  const title = [...root.querySelectorAll(sel.dialogTextBlock)].find(
    (div) => div.childElementCount === 0 && foldSpaces(div.textContent) === sel.workspaceMovedTitle,
  );
  return title?.closest(sel.anyDialog) ?? undefined;
}

/** The home page's "Migration has ended." banner: the heading's row (heading, text and buttons). */
export function migrationEndedBannerOf(root: ParentNode): Element | undefined {
  const heading = [...root.querySelectorAll(sel.anyHeading)].find(
    (h) => foldSpaces(h.textContent) === sel.migrationEndedHeading,
  );
  return heading?.parentElement ?? undefined;
}

/** The Workbench sent the trainee from /workspaces/build to its home page (only a testing group keeps the old form). */
export function wasSentHomeFromBuild(
  current: URL,
  previous: URL | undefined,
  firstDocumentUrl: string | undefined,
): boolean {
  if (!isWorkbenchHome(current)) return false;
  const from = previous ?? (firstDocumentUrl ? safeUrl(firstDocumentUrl) : undefined);
  return Boolean(from && from.origin === current.origin && isWorkspaceCreate(from));
}

function safeUrl(href: string): URL | undefined {
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}
