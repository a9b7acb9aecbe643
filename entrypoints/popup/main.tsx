import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createBrowserProgressClient } from '@/components/popup/progress-client';
import { requestEffectiveCourse } from '@/components/popup/course-request';
import { readPopupStart, showsDifferently } from '@/components/popup/popup-start';
import type { EffectiveCourse } from '@/domain/course/effective';
import { loadLastName } from '@/state/prefill-notes';
import { App } from './App';

/** Benchmarks and tests wait for this mark: the first render is on screen (progress may still be filling in). */
const RENDERED_MARK = 'wbc-popup-rendered';
/** When our code starts (after Chromium has loaded and evaluated the page's scripts). */
const STARTED_MARK = 'wbc-popup-start';

async function start() {
  performance.mark(STARTED_MARK);
  const client = createBrowserProgressClient();
  // Only storage reads before the first render: the policy and the background answer later and fill in.
  const first = await readPopupStart();
  const show = (effective: EffectiveCourse) =>
    render(
      <App
        course={effective.course}
        fingerprint={effective.fingerprint}
        policyFingerprint={effective.policyFingerprint}
        client={client}
        initialSteps={first.steps ?? {}}
        openUrl={(url) => void browser.tabs.create({ url })}
        traineeName={async () => (await loadLastName()).trim() || undefined}
      />,
      document.getElementById('app')!,
    );
  show(first.course);
  performance.mark(RENDERED_MARK);
  const effective = await requestEffectiveCourse();
  if (showsDifferently(first.course, effective)) show(effective);
}

void start();
