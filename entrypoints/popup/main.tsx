import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createBrowserProgressClient } from '@/components/popup/progress-client';
import { builtInEffectiveCourse, requestEffectiveCourse } from '@/utils/course/content-course';
import type { EffectiveCourse } from '@/utils/course/effective';
import { t } from '@/utils/i18n/t';
import type { StepStatuses } from '@/utils/progress/status-rows';
import { App } from './App';

/** Benchmarks and tests wait for this mark: the first render with real data is on screen. */
const RENDERED_MARK = 'wbc-popup-rendered';
/** When our code starts (after Chromium has loaded and evaluated the page's scripts). */
const STARTED_MARK = 'wbc-popup-start';

async function start() {
  performance.mark(STARTED_MARK);
  const client = createBrowserProgressClient();
  const root = document.getElementById('app')!;
  const traineeName = async () => {
    const { traineeLastName } = await browser.storage.local.get('traineeLastName');
    return typeof traineeLastName === 'string' ? traineeLastName.trim() : undefined;
  };
  const show = (effective: EffectiveCourse, progress: { steps: StepStatuses; error: string | undefined }) =>
    render(
      <App
        course={effective.course}
        fingerprint={effective.fingerprint}
        policyFingerprint={effective.policyFingerprint}
        client={client}
        initialSteps={progress.steps}
        initialError={progress.error}
        openUrl={(url) => void browser.tabs.create({ url })}
        traineeName={traineeName}
      />,
      root,
    );
  // Policy can be slow to read on a fresh browser: draw with the course file first, redraw if IT changed it.
  const managed = requestEffectiveCourse();
  // The popup reads only the per-step rows, never the log.
  const progress = await client.readSteps().then(
    (steps) => ({ steps, error: undefined }),
    (error: Error) => ({ steps: {} as StepStatuses, error: t('popup_error_read', error.message) }),
  );
  show(builtInEffectiveCourse(), progress);
  performance.mark(RENDERED_MARK);
  const effective = await managed;
  if (effective.policyFingerprint || effective.policyWarnings.length) show(effective, progress);
}

void start();
