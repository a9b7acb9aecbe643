// The one check of who is asking, before the background reads a request.
import { ALLOWED_FROM, type RequestType } from './protocol';

/** What the browser says about a message's origin (a subset of runtime.MessageSender). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * An extension page (popup, options) has our own origin; a content script has the page's URL and a tab. The
 * browser sets both, so a Workbench page cannot pass for the popup.
 */
export function isAllowedSender(
  type: RequestType,
  sender: Sender,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  if (sender.id !== extensionId) return false;
  if (sender.url?.startsWith(extensionOrigin)) return true;
  return ALLOWED_FROM[type] === 'tabs-and-extension-pages' && typeof sender.tab?.id === 'number';
}
