import { browser } from 'wxt/browser';
import { messageSchema, type Message } from '@/utils/message-schema';
import { PROGRESS_CHANGED, type Reply } from '@/utils/messages';
import { exportSchema, ProgressStore } from '@/utils/progress/store';

export default defineBackground(() => {
  const store = new ProgressStore();

  browser.runtime.onMessage.addListener((raw: unknown) => {
    const parsed = messageSchema.safeParse(raw);
    // Not ours (e.g. our own change broadcast): let other listeners answer.
    if (!parsed.success) return undefined;
    return handle(store, parsed.data).catch((error: unknown): Reply => ({ ok: false, error: describe(error) }));
  });
});

async function handle(store: ProgressStore, message: Message): Promise<Reply> {
  switch (message.type) {
    case 'progress/record': {
      const changed = await store.record(message.events);
      if (changed.length) notifyChanged();
      return { ok: true, value: await store.snapshot() };
    }
    case 'progress/get':
      return { ok: true, value: await store.snapshot() };
    case 'progress/reset': {
      const backup = await store.exportData();
      await store.reset();
      notifyChanged();
      return { ok: true, value: backup };
    }
    case 'progress/import': {
      const data = exportSchema.safeParse(message.data);
      if (!data.success) return { ok: false, error: `not a progress export: ${data.error.issues.map((i) => i.path.join('.') || i.code).join(', ')}` };
      await store.replaceWith(data.data);
      notifyChanged();
      return { ok: true, value: await store.snapshot() };
    }
  }
}

function notifyChanged() {
  // Nobody listening (popup closed) is normal.
  browser.runtime.sendMessage({ type: PROGRESS_CHANGED }).catch(() => undefined);
}

function describe(error: unknown): string {
  const name = (error as DOMException)?.name;
  if (name === 'QuotaExceededError') return 'The browser has no room left to save progress (storage quota exceeded).';
  return (error as Error)?.message ?? String(error);
}
