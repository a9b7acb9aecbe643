// Records every network request an extension context makes: the service worker, extension pages, and what a
// content script starts on a web page: scripted requests, and any kind (stylesheet, image, …) whose initiator in the
// DevTools protocol is an extension script. Images and fonts a script adds show the page as their initiator, so
// privacy.test.ts also compares each page's requests with the same page loaded without the extension.
// The extension must make none.
import type { BrowserContext, CDPSession, Page, Request } from 'playwright-core';

const SCRIPTED_TYPES = new Set(['fetch', 'xhr', 'websocket', 'eventsource', 'ping', 'beacon']);

export interface NetworkViolation {
  url: string;
  from: string;
  type: string;
}

function originFrameUrl(request: Request): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}

const isOwnResource = (url: string) =>
  url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:');

/** What made this request, if it is one the extension must never make; undefined if it is fine. */
export function classifyRequest(request: Request): string | undefined {
  const url = request.url();
  if (isOwnResource(url)) return undefined;
  if (request.serviceWorker()) return 'service worker';
  const frameUrl = originFrameUrl(request);
  if (frameUrl.startsWith('chrome-extension://')) return `extension page ${new URL(frameUrl).pathname}`;
  // Our test pages run no scripts that fetch, so a scripted request there came from a content script.
  if (SCRIPTED_TYPES.has(request.resourceType())) return `content script on ${frameUrl}`;
  return undefined;
}

interface Initiator {
  type: string;
  url?: string;
  stack?: { callFrames: Array<{ url: string }>; parent?: Initiator['stack'] };
}

interface RequestWillBeSent {
  request: { url: string };
  type?: string;
  documentURL: string;
  initiator: Initiator;
}

/**
 * The extension script that issued a request: the code running when it started (not a page handler it clicked), or an
 * extension stylesheet.
 */
export function extensionInitiator(initiator: Initiator): string | undefined {
  const top = initiator.stack?.callFrames[0]?.url;
  if (top?.startsWith('chrome-extension://')) return top;
  if (initiator.url?.startsWith('chrome-extension://')) return initiator.url;
  return undefined;
}

async function watchInitiators(page: Page, violations: NetworkViolation[]): Promise<void> {
  let cdp: CDPSession;
  try {
    cdp = await page.context().newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (event: RequestWillBeSent) => {
      const script = extensionInitiator(event.initiator);
      const type = (event.type ?? 'other').toLowerCase();
      // Scripted requests and extension pages are already counted by classifyRequest.
      if (
        !script ||
        isOwnResource(event.request.url) ||
        SCRIPTED_TYPES.has(type) ||
        event.documentURL.startsWith('chrome-extension://')
      )
        return;
      const path = new URL(script).pathname;
      violations.push({ url: event.request.url, from: `extension script ${path} on ${event.documentURL}`, type });
    });
    await cdp.send('Network.enable');
  } catch {
    // The page closed before we could attach: it made no request we could miss.
  }
}

export function monitorNetwork(context: BrowserContext): NetworkViolation[] {
  const violations: NetworkViolation[] = [];
  context.on('request', (request) => {
    const from = classifyRequest(request);
    if (from) violations.push({ url: request.url(), from, type: request.resourceType() });
  });
  for (const page of context.pages()) void watchInitiators(page, violations);
  context.on('page', (page) => void watchInitiators(page, violations));
  return violations;
}

export interface PageRequest {
  page: string;
  url: string;
  type: string;
}

/** Every request web pages make (extension pages and the service worker aside), with the page that made it. */
export function recordPageRequests(context: BrowserContext): PageRequest[] {
  const seen: PageRequest[] = [];
  context.on('request', (request) => {
    const page = originFrameUrl(request);
    if (request.serviceWorker() || page.startsWith('chrome-extension://') || isOwnResource(request.url())) return;
    seen.push({ page, url: request.url(), type: request.resourceType() });
  });
  return seen;
}

/** Requests made only when the extension is there: the same pages without it never asked for them. */
export function requestsOnlyWithExtension(withExtension: PageRequest[], without: PageRequest[]): PageRequest[] {
  const baseline = new Set(without.map((r) => `${r.page} ${r.url}`));
  return withExtension.filter((r) => !baseline.has(`${r.page} ${r.url}`));
}
