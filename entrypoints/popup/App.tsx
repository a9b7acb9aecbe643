import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { builtInCourse, builtInFingerprint } from '@/utils/course/active';
import { t } from '@/utils/i18n/t';
import { PROGRESS_CHANGED } from '@/utils/messages';
import { PART_IDS, STEPS } from '@/utils/progress/steps';
import { ProgressStore, type ProgressSnapshot } from '@/utils/progress/store';

const store = new ProgressStore();

export function App() {
  const [snapshot, setSnapshot] = useState<ProgressSnapshot>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    const load = () => store.snapshot().then(setSnapshot, (e: Error) => setError(e.message));
    void load();
    const onMessage = (message: unknown) => {
      if ((message as { type?: string })?.type === PROGRESS_CHANGED) void load();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  const course = builtInCourse;
  return (
    <main>
      <h1>{course.name}</h1>
      <p class="muted">
        {course.instructor.name} · {course.instructor.email} · {builtInFingerprint}
      </p>
      {error && <p class="error" role="alert">{error}</p>}
      {PART_IDS.map((part) => (
        <section key={part} aria-labelledby={`part-${part}`}>
          <h2 id={`part-${part}`}>{t(`part_${part.replace('-', '_')}`)}</h2>
          <ol>
            {STEPS.filter((step) => step.part === part).map((step) => {
              const status = snapshot?.steps[step.id];
              const done = status?.state === 'done';
              return (
                <li key={step.id} class={`step ${done ? 'done' : ''}`} data-step={step.id} data-state={status?.state ?? 'pending'}>
                  <span class="state" aria-hidden="true">{done ? '✓' : '○'}</span>
                  <span>{t(step.titleKey)}</span>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </main>
  );
}
