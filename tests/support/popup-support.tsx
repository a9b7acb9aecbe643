// Test wiring for the popup: a real store (fake IndexedDB) behind the real background handler.
import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import type { ProgressClient } from '@/components/popup/progress-client';
import { App } from '@/entrypoints/popup/App';
import { builtInCourse, builtInFingerprint } from '@/domain/course/active';
import type { Course } from '@/domain/course/schema';
import type { ReplyTo, Request } from '@/messaging/protocol';
import type { ProgressEventInput } from '@/domain/progress/events';
import { handleProgressMessage, type ProgressRequest } from '@/background/handle-progress-message';
import { ProgressStore } from '@/background/progress-store';
import { createSaveQueue } from '@/background/save-queue';
import type { UnsavedProgress } from '@/state/unsaved-progress';

let dbCount = 0;

export function createHarness() {
  const store = new ProgressStore(`popup-test-${++dbCount}`);
  const listeners = new Set<() => void>();
  const notifyChanged = () => {
    for (const listener of listeners) listener();
  };
  // What the background keeps in storage.session while a save waits.
  let kept: UnsavedProgress | undefined;
  const saves = createSaveQueue({
    store,
    keep: async (unsaved) => {
      kept = unsaved;
    },
    restore: async () => kept,
    announce: async () => notifyChanged(),
  });
  const deps = { store, saves, notifyChanged };
  const client: ProgressClient = {
    readSteps: () => store.readSteps(),
    readUnsaved: async () => kept,
    send: <M extends Request>(message: M) =>
      handleProgressMessage(message as ProgressRequest, deps) as Promise<ReplyTo<M>>,
    onChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  /** What a content script's report does: through the background, which notifies the popup. */
  const report = (message: ProgressRequest) => handleProgressMessage(message, deps);
  return { store, saves, client, report };
}

export async function renderPopup(
  options: { course?: Course; trainee?: string; seed?: ProgressEventInput[]; policyFingerprint?: string } = {},
) {
  const harness = createHarness();
  // Stored before the popup opens, as on a real second visit.
  if (options.seed) await harness.store.record(options.seed);
  const openUrl = vi.fn();
  const view = render(
    <App
      course={options.course ?? builtInCourse}
      fingerprint={builtInFingerprint}
      policyFingerprint={options.policyFingerprint}
      client={harness.client}
      initialSteps={await harness.client.readSteps()}
      openUrl={openUrl}
      traineeName={async () => options.trainee}
    />,
  );
  return { ...harness, ...view, openUrl };
}

export const courseWithCollaborator: Course = {
  ...builtInCourse,
  name: 'CWML training',
  workspace: {
    ...builtInCourse.workspace,
    accessTier: 'controlled',
    collaborator: { email: 'ada@researchallofus.org', role: 'READER' },
  },
};
