import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildLocales } from '@/utils/i18n/build-locales';
import { formatMessage } from '@/utils/i18n/format';

const english = buildLocales().en!;

// happy-dom has no trusted events: here every event stands for the trainee's own input (our controls ignore
// untrusted ones; the browser tests prove a page's synthetic clicks do nothing).
if (!('isTrusted' in Event.prototype)) Object.defineProperty(Event.prototype, 'isTrusted', { get: () => true, configurable: true });

beforeEach(async () => {
  fakeBrowser.reset();
  // Imported late: WXT's storage binds the browser API when first loaded, after WXT's setup stubs it with fakeBrowser.
  (await import('@/utils/tip-dismissals')).resetTipDismissalCache();
  // fakeBrowser leaves i18n unmocked: answer from our English messages like Chrome would.
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => formatMessage(english, key, subs)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en';
});
