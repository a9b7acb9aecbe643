// What both Workbench content scripts do on start: read the course, run their features on every page and follow
// changes.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { builtInScriptCourse } from '@/domain/course/active';
import { onCoursePublished, readPublishedCourse, sameCourse } from '@/state/published-course';
import { scriptCourse, type ScriptCourse } from '@/domain/course/script-course';
import { createRunner, type Feature } from '@/content/runner/feature-runner';
import { t } from '@/domain/i18n/t';
import { createUi } from '@/content/ui/mount-ui';
import { hideTypingFromPage } from '@/content/ui/typing-guard';
import { createReporter } from '@/content/reporting/report-progress';
import { acceptOnlyOurStartEvents } from '@/content/runner/start-guard';
import { preloadTipDismissals } from '@/content/ui/tip-dismissals';
import { saveNote } from '@/content/ui/save-note';
import { answerDiagnostics } from '../reporting/answer-diagnostics';
import { workbenchPageKey } from './page-key';

export async function startFeatures(ctx: ContentScriptContext, features: readonly Feature[]): Promise<void> {
  // First, before any page script: the page's own listeners never hear what the trainee types into our UI.
  hideTypingFromPage(window);
  acceptOnlyOurStartEvents(ctx);
  answerDiagnostics(ctx);
  // One storage read before the page has rendered anything: dismissed tips and the policy-checked course.
  const reads = Promise.all([readPublishedCourse(), preloadTipDismissals()]);
  // The first message read loads the whole message bundle (a blocking round trip to the browser): pay it while the
  // page is still loading, not in the frame that shows the first tip.
  t('extensionName');
  const [published] = await reads;
  let course: ScriptCourse = published ? scriptCourse(published) : builtInScriptCourse;
  const runner = createRunner(window, {
    features,
    course: () => course,
    pageKey: workbenchPageKey,
    createUi,
    // Nothing the page showed is dropped silently: until the background has saved it, the page says so.
    report: createReporter({ onUnsaved: saveNote(document, createUi, ctx.signal), signal: ctx.signal }),
  });
  runner.check(true);
  // The background published a different course (an IT policy, or the first publication after install).
  const stopFollowing = onCoursePublished((published) => {
    const next = scriptCourse(published);
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
}
