// Records every network request made from an extension context (service worker, extension pages,
// content-script fetches on our static test pages). The extension must make none.
import type { BrowserContext, Request } from 'playwright-core';

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

/** What made this request, if it is one the extension must never make; undefined if it is fine. */
export function classifyRequest(request: Request): string | undefined {
  const url = request.url();
  if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return undefined;
  if (request.serviceWorker()) return 'service worker';
  const frameUrl = originFrameUrl(request);
  if (frameUrl.startsWith('chrome-extension://')) return `extension page ${new URL(frameUrl).pathname}`;
  // Our test pages run no scripts that fetch, so a scripted request there came from a content script.
  if (SCRIPTED_TYPES.has(request.resourceType())) return `content script on ${frameUrl}`;
  return undefined;
}

export function monitorNetwork(context: BrowserContext): NetworkViolation[] {
  const violations: NetworkViolation[] = [];
  context.on('request', (request) => {
    const from = classifyRequest(request);
    if (from) violations.push({ url: request.url(), from, type: request.resourceType() });
  });
  return violations;
}
