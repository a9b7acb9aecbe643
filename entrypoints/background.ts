import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { answerCourseRequests, loadEffectiveCourse } from '@/utils/course/effective';
import { keepCoursePublished } from '@/utils/course/publish-course';
import { messageSchema } from '@/utils/message-schema';
import { PROGRESS_CHANGED } from '@/utils/messages';
import { handleProgressMessage } from '@/utils/progress/handle-message';
import { stepsPublisher } from '@/utils/progress/publish-steps';
import { ProgressStore } from '@/utils/progress/store';

export default defineBackground(() => {
  // Content scripts ship no zod: they ask here for the course with IT policy applied.
  answerCourseRequests();
  // The browser's first policy read can take a second or two: do it now, not when a page or the popup waits.
  // Publishing the course reads the policy, and gives Workbench pages the course without a message.
  keepCoursePublished();
  // Opened on first use, so a restarted service worker simply opens it again.
  const store = new ProgressStore();
  const publishSteps = stepsPublisher(store);
  // At every start: replaces a copy an older build left, or one a stopped worker left behind.
  void publishSteps();
  const deps = {
    store,
    publishSteps,
    notifyChanged: () => {
      // Nobody listening (popup closed) is normal.
      browser.runtime.sendMessage({ type: PROGRESS_CHANGED }).catch(() => undefined);
    },
    course: async () => {
      const { course, fingerprint } = await loadEffectiveCourse();
      return { slug: course.slug, name: course.name, fingerprint };
    },
  };

  browser.runtime.onMessage.addListener((raw: unknown) => {
    const parsed = messageSchema.safeParse(raw);
    // Not ours (e.g. our own change broadcast): let other listeners answer.
    if (!parsed.success) return looksLikeProgressRequest(raw) ? Promise.resolve({ ok: false, error: 'malformed progress message' }) : undefined;
    return handleProgressMessage(parsed.data, deps);
  });
});

function looksLikeProgressRequest(raw: unknown): boolean {
  const type = (raw as { type?: unknown })?.type;
  return typeof type === 'string' && type.startsWith('progress/') && type !== PROGRESS_CHANGED;
}
