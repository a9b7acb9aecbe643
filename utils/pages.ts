// What page is this? Pure predicates over a URL (or a document where the URL is not enough).
export const WORKBENCH_ORIGIN = 'https://workbench.researchallofus.org';

type UrlPredicate = (url: URL) => boolean;
interface PagePredicate extends UrlPredicate {
  examples: string[];
}

function page(examples: string[], test: UrlPredicate): PagePredicate {
  return Object.assign(test, { examples });
}

const path = (url: URL) => url.pathname.replace(/\/+$/, '') || '/';
const WORKSPACE_TAB = /^\/workspaces\/([^/]+)\/([^/]+)\/(about|data|edit|duplicate|analysis)$/;

export const isLogin = /* @__PURE__ */ page(
  ['https://workbench.researchallofus.org/login', 'https://workbench.researchallofus.org/login?redirect=%2Fworkspaces'],
  (url) => path(url) === '/login',
);

export const isDataAccessRequirements = /* @__PURE__ */ page(
  [
    'https://workbench.researchallofus.org/data-access-requirements',
    'https://workbench.researchallofus.org/data-access-requirements?pageMode=ANNUAL_RENEWAL',
    'https://workbench.researchallofus.org/ras-callback?code=abc123',
  ],
  (url) => path(url) === '/data-access-requirements' || path(url) === '/ras-callback',
);

export const isCodeOfConduct = /* @__PURE__ */ page(
  ['https://workbench.researchallofus.org/data-code-of-conduct', 'https://workbench.researchallofus.org/data-code-of-conduct?renewal=1'],
  (url) => path(url) === '/data-code-of-conduct',
);

export const isWorkspaceCreate = /* @__PURE__ */ page(
  ['https://workbench.researchallofus.org/workspaces/build'],
  (url) => path(url) === '/workspaces/build',
);

export const isWorkspaceEdit = /* @__PURE__ */ page(
  ['https://workbench.researchallofus.org/workspaces/aou-rw-1234/smith_training/edit'],
  (url) => WORKSPACE_TAB.exec(path(url))?.[3] === 'edit',
);

export const isWorkspaceDuplicate = /* @__PURE__ */ page(
  ['https://workbench.researchallofus.org/workspaces/aou-rw-1234/smith_training/duplicate'],
  (url) => WORKSPACE_TAB.exec(path(url))?.[3] === 'duplicate',
);

export const isWorkspaceAbout = /* @__PURE__ */ page(
  ['https://workbench.researchallofus.org/workspaces/aou-rw-1234/smith_training/about'],
  (url) => WORKSPACE_TAB.exec(path(url))?.[3] === 'about',
);

export const isWorkspaceData = /* @__PURE__ */ page(
  ['https://workbench.researchallofus.org/workspaces/aou-rw-1234/smith_training/data'],
  (url) => WORKSPACE_TAB.exec(path(url))?.[3] === 'data',
);

export const WORKBENCH_ERROR_ROUTES = ['/sign-in-again', '/session-expired', '/not-found', '/user-disabled'] as const;
export type WorkbenchErrorRoute = (typeof WORKBENCH_ERROR_ROUTES)[number];

export const isWorkbenchErrorPage = /* @__PURE__ */ page(
  [
    'https://workbench.researchallofus.org/sign-in-again',
    'https://workbench.researchallofus.org/session-expired',
    'https://workbench.researchallofus.org/not-found',
    'https://workbench.researchallofus.org/user-disabled',
  ],
  (url) => (WORKBENCH_ERROR_ROUTES as readonly string[]).includes(path(url)),
);

/** Admin routes render "authority missing" in place when the user lacks the authority. */
export const isAdminRoute = /* @__PURE__ */ page(
  ['https://workbench.researchallofus.org/admin/users', 'https://workbench.researchallofus.org/admin/workspaces/aou-rw-1/'],
  (url) => /^\/admin(\/|$)/.test(path(url)),
);

export const isGoogleSignInHost = /* @__PURE__ */ page(
  ['https://accounts.google.com/signin/v2/challenge/pwd', 'https://accounts.google.com/v3/signin/speedbump/changepassword'],
  (url) => url.protocol === 'https:' && url.hostname === 'accounts.google.com',
);

/** Every URL predicate by name, for the generic examples test. */
export const URL_PREDICATES = {
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
} satisfies Record<string, PagePredicate>;

export function workspaceFromUrl(url: URL): { namespace: string; name: string } | undefined {
  const match = WORKSPACE_TAB.exec(path(url));
  return match ? { namespace: decodeURIComponent(match[1] ?? ''), name: decodeURIComponent(match[2] ?? '') } : undefined;
}

export function errorRouteOf(url: URL): WorkbenchErrorRoute | undefined {
  return WORKBENCH_ERROR_ROUTES.find((route) => route === path(url));
}

// ---- DOM-dependent detection (the URL alone cannot tell) ----

export type LoginStep = 'landing' | 'terms' | 'institution' | 'details' | 'success';

/** The account-creation wizard never changes the URL, so the step comes from its markers. */
export function loginStepOf(doc: ParentNode): LoginStep | undefined {
  if (doc.querySelector('#account-creation-success')) return 'success';
  if (doc.querySelector('#account-creation-institution')) return 'institution';
  if (doc.querySelector('#account-creation')) return 'details';
  if (doc.querySelector('input[data-test-id="agreement-check"]')) return 'terms';
  if (doc.querySelector('div[data-test-id="login"]')) return 'landing';
  return undefined;
}

export type CodeOfConductPage = 'content' | 'signature';

export function codeOfConductPageOf(doc: ParentNode): CodeOfConductPage | undefined {
  if (doc.querySelector('[data-test-id="ducc-signature-page"]')) return 'signature';
  if (doc.querySelector('[data-test-id="ducc-content-page"]')) return 'content';
  return undefined;
}

/** Google's generic error template: title, a bold "403." and "That’s an error." — never the URL alone. */
export function isGoogle403Page(doc: Document): boolean {
  const title = doc.title ?? '';
  if (!/^Error 403/.test(title)) return false;
  const code = [...doc.querySelectorAll('p > b')].some((b) => b.textContent?.trim() === '403.');
  const text = (doc.body?.textContent ?? '').replace(/[\u2018\u2019]/g, "'");
  return code && text.includes("That's an error.");
}

export function isAuthorityMissingPage(doc: ParentNode): boolean {
  // A Document has no textContent of its own: read its body (the app may render beside #root).
  const text = (doc.querySelector('#root')?.textContent || doc.querySelector('body')?.textContent) ?? (doc as Node).textContent;
  return /lacks the administrative authority/.test(text ?? '');
}
