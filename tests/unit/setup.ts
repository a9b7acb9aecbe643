import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildLocales } from '@/utils/i18n/build-locales';
import { formatMessage } from '@/utils/i18n/format';
import { resetTipDismissalCache } from '@/utils/tip-dismissals';

const english = buildLocales().en!;

// happy-dom has no trusted events: here every event stands for the trainee's own input (our controls ignore
// untrusted ones; the browser tests prove a page's synthetic clicks do nothing).
if (!('isTrusted' in Event.prototype)) Object.defineProperty(Event.prototype, 'isTrusted', { get: () => true, configurable: true });

beforeEach(() => {
  fakeBrowser.reset();
  resetTipDismissalCache();
  // fakeBrowser leaves i18n unmocked: answer from our English messages like Chrome would.
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => formatMessage(english, key, subs)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en';
});
