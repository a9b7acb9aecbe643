import { builtInCourse } from '@/utils/course/active';
import { createRunner } from '@/utils/feature-runner';
import { createMount } from '@/utils/mount-ui';
import { codeOfConductPageOf, loginStepOf } from '@/utils/pages';
import { createReporter } from '@/utils/report-progress';
import { accessStepsProgress } from './features/access-steps-progress';

/** Every behaviour on Workbench pages; adding one = adding its file and a line here. */
export const features = [accessStepsProgress];

export default defineContentScript({
  matches: ['https://workbench.researchallofus.org/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    const report = createReporter();
    const runner = createRunner(window, {
      features,
      course: () => builtInCourse,
      pageKey: (url, doc) => `${url.href}|${loginStepOf(doc) ?? ''}|${codeOfConductPageOf(doc) ?? ''}`,
      services: (signal) => ({ mount: createMount(ctx, signal), report }),
    });
    runner.check(true);
    ctx.addEventListener(window, 'wxt:locationchange', () => runner.check());
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
      observer.disconnect();
      runner.stop();
    });
  },
});
