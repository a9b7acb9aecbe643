// One protocol, one listener: who may ask what (issue: reset/import/export were accepted from content scripts).
import { describe, expect, it, vi } from 'vitest';
import { builtInCourse } from '@/domain/course/active';
import { builtInEffectiveCourse } from '@/components/popup/course-request';
import { answerRequest, type AnswerDeps } from '@/background/answer-message';
import { ALLOWED_FROM, type Request } from '@/messaging/protocol';
import { requestSchema } from '@/messaging/schema';
import type { Sender } from '@/messaging/sender';
import { ProgressStore } from '@/background/progress-store';

import {
  EXTENSION_ID as ID,
  EXTENSION_ORIGIN as ORIGIN,
  POPUP_SENDER as POPUP,
  WORKBENCH_TAB_SENDER as WORKBENCH_TAB,
} from '../support/background-support';
import { pageReport as done } from '../support/progress-events';

const OPTIONS_IN_A_TAB: Sender = { id: ID, url: `${ORIGIN}options.html`, tab: { id: 4 } };

let dbCount = 0;
async function setup() {
  const store = new ProgressStore(`messaging-test-${++dbCount}`);
  await store.record([done('two-factor')]);
  const deps: AnswerDeps = {
    store,
    notifyChanged: vi.fn(),
    effectiveCourse: async () => builtInEffectiveCourse(),
    extensionId: ID,
    extensionOrigin: ORIGIN,
  };
  return { store, deps };
}

const EXTENSION_PAGES_ONLY: Request[] = [
  { type: 'progress/get' },
  { type: 'progress/mark', step: 'ducc' },
  { type: 'progress/undo-mark', step: 'two-factor' },
  { type: 'progress/reset' },
  {
    type: 'progress/import',
    data: { format: 'workbench-companion-progress', version: 1, exportedAt: 1_700_000_000_000, events: [] },
  },
  { type: 'progress/export' },
];

describe('who may ask the background', () => {
  it.each(EXTENSION_PAGES_ONLY)('a Workbench tab cannot send $type, and nothing changes', async (request) => {
    const { store, deps } = await setup();
    const before = await store.exportData();
    expect(await answerRequest(request, WORKBENCH_TAB, deps)).toEqual({
      ok: false,
      code: 'forbidden',
      error: `${request.type} is not accepted from this context`,
    });
    expect((await store.exportData()).events).toEqual(before.events);
    expect(deps.notifyChanged).not.toHaveBeenCalled();
  });

  it.each(EXTENSION_PAGES_ONLY)(
    'the popup, or an extension page open in a tab, may send $type (control)',
    async (request) => {
      for (const sender of [POPUP, OPTIONS_IN_A_TAB]) {
        const { deps } = await setup();
        expect(await answerRequest(request, sender, deps), `${request.type} from ${sender.url}`).toMatchObject({
          ok: true,
        });
      }
    },
  );

  it('a reset from a tab is refused while the same reset from the popup erases (the check, not the message, decides)', async () => {
    const { store, deps } = await setup();
    await answerRequest({ type: 'progress/reset' }, WORKBENCH_TAB, deps);
    expect((await store.snapshot()).eventCount).toBe(1);
    await answerRequest({ type: 'progress/reset' }, POPUP, deps);
    expect((await store.snapshot()).eventCount).toBe(0);
  });

  it('a Workbench tab may report progress and ask for the course', async () => {
    const { store, deps } = await setup();
    expect(
      await answerRequest({ type: 'progress/record', events: [done('identity')] }, WORKBENCH_TAB, deps),
    ).toMatchObject({ ok: true });
    expect((await store.readSteps()).identity?.state).toBe('done');
    expect(await answerRequest({ type: 'course/effective' }, WORKBENCH_TAB, deps)).toMatchObject({
      ok: true,
      value: { course: { slug: builtInCourse.slug } },
    });
  });

  it.each<[string, Sender]>([
    ['another extension', { id: 'someone-else', url: `chrome-extension://someone-else/popup.html` }],
    ['an origin that only starts like ours', { id: ID, url: `chrome-extension://${ID}x/popup.html`, tab: undefined }],
    ['a page without a tab or our origin', { id: ID, url: 'https://workbench.researchallofus.org/' }],
    ['a sender the browser did not describe', {}],
  ])('%s is refused even for a progress report', async (_name, sender) => {
    const { deps } = await setup();
    expect(await answerRequest({ type: 'progress/record', events: [done('ducc')] }, sender, deps)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(await answerRequest({ type: 'progress/export' }, sender, deps)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });

  it('leaves what is not a request to other listeners, and replies to a malformed request', async () => {
    const { deps } = await setup();
    expect(answerRequest({ type: 'progress/changed' }, POPUP, deps)).toBeUndefined();
    expect(answerRequest({ type: 'diagnostics/selectors', selectors: {} }, POPUP, deps)).toBeUndefined();
    expect(answerRequest('progress/reset', POPUP, deps)).toBeUndefined();
    expect(answerRequest({ type: 'toString' }, POPUP, deps)).toBeUndefined();
    expect(await answerRequest({ type: 'progress/mark', step: 'hack' }, POPUP, deps)).toEqual({
      ok: false,
      error: 'malformed progress/mark message',
    });
  });

  it('every request the schema knows has a sender rule, and no other', () => {
    const schemaTypes = requestSchema._zod.def.options.map((option) => option._zod.def.shape.type._zod.def.values[0]);
    expect([...schemaTypes].sort()).toEqual(Object.keys(ALLOWED_FROM).sort());
  });
});
