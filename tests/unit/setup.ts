import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildLocales } from '@/utils/i18n/build-locales';
import { formatMessage } from '@/utils/i18n/format';
import { resetTipDismissalCache } from '@/utils/tip-dismissals';

const english = buildLocales().en!;

beforeEach(() => {
  fakeBrowser.reset();
  resetTipDismissalCache();
  // fakeBrowser leaves i18n unmocked: answer from our English messages like Chrome would.
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => formatMessage(english, key, subs)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en';
});
