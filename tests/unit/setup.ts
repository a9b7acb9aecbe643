import 'fake-indexeddb/auto';
import nodeConsole from 'node:console';
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildLocales } from '@/domain/i18n/build-locales';
import { formatMessage } from '@/domain/i18n/format';
import { resetTipDismissalCache } from '@/content/ui/tip-dismissals';

const english = buildLocales().en!;

// happy-dom has no trusted events: here every event stands for the trainee's own input (our controls ignore
// untrusted ones; the browser tests prove a page's synthetic clicks do nothing).
if (!('isTrusted' in Event.prototype))
  Object.defineProperty(Event.prototype, 'isTrusted', { get: () => true, configurable: true });

// happy-dom lays nothing out (no hit testing, no IntersectionObserver v2): here a click on an action button stands for
// one on a button the trainee saw uncovered. real-click.test.ts checks the rule; the browser tests, an overlay attack.
vi.mock('@/ui/dom-jsx/real-click', async (importActual) => ({
  ...(await importActual<typeof import('@/ui/dom-jsx/real-click')>()),
  refusalFor: () => undefined,
}));

// The Workbench snapshots hold iframes (the terms, the Code of Conduct); happy-dom 21 loads no frame unless asked and
// reports each one, with a stack trace, to the page's console: Node's own, which vitest's happy-dom environment hands
// it.
// Frames stay unloaded, as the tests expect: only that report is dropped, anything else still prints.
// (happy-dom throws its own window's DOMException class, not the global one: matched by name and message.)
const isUnloadedFrame = (value: unknown) =>
  value instanceof Error &&
  value.name === 'NotSupportedError' &&
  /^Failed to load iframe page ".*"\. Iframe page loading is disabled\.$/.test(value.message);
const printError = nodeConsole.error.bind(nodeConsole);
nodeConsole.error = (...args: unknown[]) => {
  if (args.length === 1 && isUnloadedFrame(args[0])) return;
  printError(...args);
};

beforeEach(() => {
  fakeBrowser.reset();
  resetTipDismissalCache();
  // fakeBrowser leaves i18n unmocked: answer from our English messages like Chrome would.
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
    formatMessage(english, key, subs)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en';
});
