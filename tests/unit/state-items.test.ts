// Values stored by earlier versions under these keys are read by this one: progress and choices survive an upgrade.
import { expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadLastName } from '@/state/prefill-notes';
import * as items from '@/state/items';
import { isTipDismissed } from '@/content/ui/tip-dismissals';

const KEYS_OF_EARLIER_VERSIONS = {
  publishedCourse: 'local:publishedCourse',
  publishedSteps: 'local:publishedSteps',
  dismissedTips: 'local:dismissedTips',
  traineeLastName: 'local:traineeLastName',
  workspaceCreateRequest: 'local:workspaceCreateRequest',
  identityStartedAt: 'local:identityStartedAt',
};

it('every item keeps the key an earlier version wrote', () => {
  const defined = Object.entries(items).filter(
    ([, value]) => typeof value === 'object' && value !== null && 'key' in value,
  );
  expect(Object.fromEntries(defined.map(([name, item]) => [name, (item as { key: string }).key]))).toEqual(
    KEYS_OF_EARLIER_VERSIONS,
  );
});

it('reads what an earlier version stored with plain storage calls', async () => {
  await fakeBrowser.storage.local.set({ dismissedTips: ['reg-terms'], traineeLastName: 'Garcia' });
  expect(await isTipDismissed('reg-terms')).toBe(true);
  expect(await loadLastName()).toBe('Garcia');
});
