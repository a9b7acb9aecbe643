import { defineContentScript } from 'wxt/utils/define-content-script';
import { builtInCourse } from '@/utils/course/active';
import { onCoursePublished, readPublishedCourse, sameCourse } from '@/utils/course/published-course';
import type { Course } from '@/utils/course/schema';
import { createRunner } from '@/utils/feature-runner';
import { createUiFactory } from '@/utils/mount-ui';
import { createReporter } from '@/utils/report-progress';
import { acceptOnlyOurStartEvents, markStarting } from '@/utils/start-guard';
import { preloadTipDismissals } from '@/utils/tip-dismissals';
import { answerDiagnostics } from './diagnostics';
import { features } from './features';
import { workbenchPageKey } from './page-key';

markStarting();

export default defineContentScript({
  // Researcher Workbench 2.0, where workspaces are created now: its features decide from what a page shows.
  matches: ['https://workbench.researchallofus.org/*', 'https://workbench.verily.com/*'],
  // Before the page renders: every tip is ready when its anchor appears, and placed in that same frame.
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  // WXT's start announcement by postMessage tells the page our extension id; its DOM event is enough.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    acceptOnlyOurStartEvents(ctx);
    answerDiagnostics(ctx);
    // One storage read before the page has rendered anything: dismissed tips and the policy-checked course.
    const [published] = await Promise.all([readPublishedCourse(), preloadTipDismissals()]);
    let course: Course = published ?? builtInCourse;
    const runner = createRunner(window, {
      features,
      course: () => course,
      pageKey: workbenchPageKey,
      createUi: createUiFactory(ctx),
      report: createReporter(),
    });
    runner.check(true);
    // The background published a different course (an IT policy, or the first publication after install).
    const stopFollowing = onCoursePublished((next) => {
      if (sameCourse(next, course)) return;
      course = next;
      runner.check(true);
    });
    // A pushState with no DOM change yet: the Navigation API reports it before the URL changes, so look once it has.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => runner.check(), 0));
    ctx.onInvalidated(() => {
      stopFollowing();
      runner.stop();
    });
  },
});
