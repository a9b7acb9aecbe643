import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadEffectiveCourse } from '@/domain/course/effective';
import { keepCoursePublished } from '@/background/course-publisher';
import { answerRequest } from '@/background/answer-message';
import { PROGRESS_CHANGED, type ProgressChanged } from '@/messaging/protocol';
import { stepsPublisher } from '@/background/steps-publisher';
import { ProgressStore } from '@/background/progress-store';
import { createSaveQueue } from '@/background/save-queue';
import { exportStamp } from '@/background/export-stamp';
import { readUnsavedProgress, writeUnsavedProgress } from '@/state/unsaved-progress';

export default defineBackground(() => {
  // The browser's first policy read can take a second or two: do it now, not when a page or the popup waits.
  // Publishing the course reads the policy, and gives Workbench pages the course without a message.
  keepCoursePublished();
  // Opened on first use, so a restarted service worker simply opens it again.
  const store = new ProgressStore();
  const publishSteps = stepsPublisher(store);
  // At every start: replaces a copy an older build left, or one a stopped worker left behind.
  void publishSteps();
  const notifyChanged = () => {
    // Nobody listening (popup closed) is normal.
    browser.runtime.sendMessage({ type: PROGRESS_CHANGED } satisfies ProgressChanged).catch(() => undefined);
  };
  const saves = createSaveQueue({
    store,
    keep: writeUnsavedProgress,
    restore: readUnsavedProgress,
    announce: async () => {
      await publishSteps();
      notifyChanged();
    },
  });
  // A stopped worker may have left reports it could not save: try them again now.
  void saves.resume();
  const deps = {
    store,
    publishSteps,
    saves,
    notifyChanged,
    course: async () => exportStamp(),
    effectiveCourse: loadEffectiveCourse,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  };
  // The only listener. A message that is not a request is left to others; sendResponse works with or without the
  // polyfill.
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (reply: unknown) => void) => {
    const reply = answerRequest(raw, sender, deps);
    if (!reply) return undefined;
    void reply.then(sendResponse);
    return true;
  });
});
