import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createBrowserProgressClient } from '@/components/popup/progress-client';
import { requestEffectiveCourse } from '@/components/popup/course-request';
import { t } from '@/domain/i18n/t';
import { loadLastName } from '@/state/prefill-notes';
import type { StepStatuses } from '@/domain/progress/status-rows';
import { App } from './App';

/** Benchmarks and tests wait for this mark: the first render with real data is on screen. */
const RENDERED_MARK = 'wbc-popup-rendered';
/** When our code starts (after Chromium has loaded and evaluated the page's scripts). */
const STARTED_MARK = 'wbc-popup-start';

async function start() {
  performance.mark(STARTED_MARK);
  const client = createBrowserProgressClient();
  // Course and progress are read side by side; the popup reads only the per-step rows, never the log.
  const [effective, progress] = await Promise.all([
    requestEffectiveCourse(),
    client.readSteps().then(
      (steps) => ({ steps, error: undefined }),
      (error: Error) => ({ steps: {} as StepStatuses, error: t('popup_error_read', error.message) }),
    ),
  ]);
  render(
    <App
      course={effective.course}
      fingerprint={effective.fingerprint}
      policyFingerprint={effective.policyFingerprint}
      client={client}
      initialSteps={progress.steps}
      initialError={progress.error}
      openUrl={(url) => void browser.tabs.create({ url })}
      traineeName={async () => (await loadLastName()).trim() || undefined}
    />,
    document.getElementById('app')!,
  );
  performance.mark(RENDERED_MARK);
}

void start();
