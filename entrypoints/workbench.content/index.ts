import { defineContentScript } from 'wxt/utils/define-content-script';
import { onCoursePublished, readPublishedCourse } from '@/utils/course/published-course';
import { createRunner } from '@/utils/feature-runner';
import { createMount } from '@/utils/mount-ui';
import { codeOfConductPageOf, loginStepOf } from '@/utils/pages';
import { createReporter } from '@/utils/report-progress';
import { preloadTipDismissals } from '@/utils/tip-dismissals';
import { answerDiagnostics } from './diagnostics';
import { accessStepTips } from './features/access-step-tips';
import { accessStepsProgress } from './features/access-steps-progress';
import { accountProgress } from './features/account-progress';
import { codeOfConductTips } from './features/code-of-conduct-tips';
import { errorRecovery } from './features/error-recovery';
import { registrationTips } from './features/registration-tips';
import { shareWithInstructor } from './features/share-with-instructor';
import { workspaceFormTips } from './features/workspace-form-tips';
import { workspaceNextSteps } from './features/workspace-next-steps';
import { workspacePrefill } from './features/workspace-prefill';

/** Every behaviour on Workbench pages; adding one = adding its file and a line here. */
export const features = [accessStepsProgress, registrationTips, accountProgress, accessStepTips, codeOfConductTips, errorRecovery, workspacePrefill, workspaceFormTips, workspaceNextSteps, shareWithInstructor];

export default defineContentScript({
  matches: ['https://workbench.researchallofus.org/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    answerDiagnostics(ctx);
    const [published] = await Promise.all([readPublishedCourse(), preloadTipDismissals()]);
    if (!published) return console.warn('[workbench-companion] the course is not available yet; reload the page to see the tips.');
    let course = published;
    const report = createReporter();
    const runner = createRunner(window, {
      features,
      course: () => course,
      pageKey: (url, doc) => `${url.href}|${loginStepOf(doc) ?? ''}|${codeOfConductPageOf(doc) ?? ''}`,
      services: (signal) => ({ mount: createMount(ctx, signal), report }),
    });
    runner.check(true);
    // An administrator changed the policy while the page is open: show the new course's texts.
    const stopFollowing = onCoursePublished((next) => {
      course = next;
      runner.check(true);
    });
    // The Navigation API reports a pushState before the URL changes: look once it has.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => runner.check(), 0));
    // The /login wizard and the DUCC pages change step without changing the URL.
    let scheduled = false;
    const observer = new MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        runner.check();
      });
    });
    observer.observe(document.body, { childList: true, subtree: true });
    ctx.onInvalidated(() => {
      stopFollowing();
      observer.disconnect();
      runner.stop();
    });
  },
});
