/** @jsxImportSource @/ui/dom-jsx */
// The runner and its placement layer: runs per page, failures kept apart, one observer, same-frame placement.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { workbenchPageKey } from '@/content/runner/page-key';
import { builtInCourse } from '@/domain/course/active';
import {
  createRunner,
  defineFeature,
  type Feature,
  type FeatureRun,
  type Runner,
} from '@/content/runner/feature-runner';
import { createUi } from '@/content/ui/mount-ui';
import { isLogin } from '@/site/pages';
import * as sel from '@/site/selectors';
import { startRun } from '../support/feature-run';

const WB = 'https://workbench.researchallofus.org';
const always = () => true;
/** Lets the MutationObserver deliver (happy-dom: a microtask) and the promises it settles run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

// happy-dom's page is on localhost: the runner reads the URL from a window whose location the test sets.
const page = { document, location: { href: '' } };
const navigate = (path: string) => (page.location.href = `${WB}${path}`);
let runner: Runner | undefined;
const errors: string[] = [];
function start(features: Feature[], pageKey = workbenchPageKey) {
  runner = createRunner(page as unknown as Window, {
    features,
    course: () => builtInCourse,
    pageKey,
    createUi,
    report: () => undefined,
    onError: (id) => errors.push(id),
  });
  runner.check(true);
  return runner;
}

beforeEach(() => {
  errors.length = 0;
  navigate('/data-access-requirements');
  document.body.replaceChildren();
});
afterEach(() => {
  runner?.stop();
});

describe('the feature runner', () => {
  it('aborts the previous run on an SPA navigation, removing its UI and stopping its watchers', async () => {
    const signals: AbortSignal[] = [];
    const watched = vi.fn();
    start([
      defineFeature({
        id: 'probe',
        include: [always],
        init: (run) => {
          signals.push(run.signal);
          run.watch(watched);
          run.place(
            'wbc-probe',
            () => run.document.body,
            () => <p>probe</p>,
            { append: 'first' },
          );
        },
      }),
    ]);
    await settle();
    expect(document.querySelector('wbc-probe')).not.toBeNull();
    navigate('/workspaces/build');
    document.body.append(document.createElement('main'));
    await settle();
    expect(signals).toHaveLength(2);
    expect(signals[0]!.aborted).toBe(true);
    expect(signals[1]!.aborted).toBe(false);
    const callsAfterNavigation = watched.mock.calls.length;
    runner!.stop();
    document.body.append(document.createElement('div'));
    await settle();
    expect(watched.mock.calls.length).toBe(callsAfterNavigation);
    expect(document.querySelector('wbc-probe')).toBeNull();
  });

  it('one failing feature never stops another: a throw, a rejection and a failing watcher are each reported under their id', async () => {
    const ran = vi.fn();
    start([
      defineFeature({
        id: 'throws',
        include: [always],
        init: () => {
          throw new Error('boom');
        },
      }),
      defineFeature({
        id: 'rejects',
        include: [always],
        init: async () => {
          throw new Error('later');
        },
      }),
      defineFeature({
        id: 'bad-predicate',
        include: [
          () => {
            throw new Error('predicate');
          },
        ],
        init: ran,
      }),
      defineFeature({
        id: 'bad-watcher',
        include: [always],
        init: (run) =>
          run.watch(() => {
            throw new Error('watcher');
          }),
      }),
      defineFeature({
        id: 'fine',
        include: [always],
        init: (run) => {
          ran(run.url.pathname);
        },
      }),
    ]);
    document.body.append(document.createElement('div'));
    await settle();
    expect(ran).toHaveBeenCalledExactlyOnceWith('/data-access-requirements');
    expect(errors.sort()).toEqual(['bad-watcher', 'rejects', 'throws']);
  });

  it('re-runs only when the page key changes: same URL and step → no new run; a new /login wizard step → a new run', async () => {
    navigate('/login');
    const steps: string[] = [];
    start([
      defineFeature({
        id: 'wizard',
        include: [isLogin],
        init: (run) => {
          steps.push(run.document.querySelector(sel.institutionStep) ? 'institution' : 'other');
        },
      }),
    ]);
    document.body.append(document.createElement('p'));
    await settle();
    expect(steps).toEqual(['other']);
    const step = document.createElement('div');
    step.id = sel.institutionStep.slice(1);
    document.body.append(step);
    await settle();
    expect(steps).toEqual(['other', 'institution']);
    runner!.check();
    expect(steps).toHaveLength(2);
  });

  it('the page key is the URL plus the wizard and Code of Conduct steps', () => {
    document.body.innerHTML = `<div id="${sel.institutionStep.slice(1)}"></div>`;
    expect(workbenchPageKey(new URL(`${WB}/login`), document)).toBe(`${WB}/login|institution|`);
    document.body.replaceChildren();
    expect(workbenchPageKey(new URL(`${WB}/login`), document)).toBe(`${WB}/login||`);
  });
});

describe('run.place', () => {
  const placeAfterHeading = (run: FeatureRun) =>
    run.place(
      'wbc-beside',
      () => run.document.querySelector('h1'),
      () => <button type="button">ours</button>,
    );

  it('places UI in the observer callback that sees the anchor: before any task (and so before any paint) runs', async () => {
    const run = startRun([defineFeature({ id: 'beside', include: [always], init: placeAfterHeading })], `${WB}/x`);
    await settle();
    let inTask = false;
    setTimeout(() => (inTask = true), 0);
    const seenBeforeTask = new Promise<boolean>((resolve) => {
      const probe = new MutationObserver(() => {
        // Our observer was created first, so its callback (and the microtasks it starts) runs before this one's.
        if (document.querySelector('wbc-beside')) {
          probe.disconnect();
          resolve(!inTask);
        }
      });
      probe.observe(document.body, { childList: true, subtree: true });
    });
    document.body.append(Object.assign(document.createElement('h1'), { textContent: 'Heading' }));
    expect(await seenBeforeTask).toBe(true);
    expect(document.querySelector('h1')!.nextElementSibling?.localName).toBe('wbc-beside');
    run.abort();
  });

  it('our own insertions are not page changes: no watcher, finder or page-key check runs for them', async () => {
    document.body.innerHTML = '<h1>Heading</h1>';
    const watched = vi.fn();
    const finder = vi.fn(() => document.querySelector('h1'));
    const pageKey = vi.fn(workbenchPageKey);
    start(
      [
        defineFeature({
          id: 'probe',
          include: [always],
          init: (run) => {
            run.watch(watched);
            run.place('wbc-beside', finder, () => <p>ours</p>);
          },
        }),
      ],
      pageKey,
    );
    await settle();
    expect(document.querySelector('wbc-beside')).not.toBeNull();
    // Control: the page's own change reaches all three.
    const [watches, finds, keys] = [watched.mock.calls.length, finder.mock.calls.length, pageKey.mock.calls.length];
    document.body.append(document.createElement('p'));
    await settle();
    expect([watched.mock.calls.length, finder.mock.calls.length, pageKey.mock.calls.length]).toEqual([
      watches + 1,
      finds + 1,
      keys + 1,
    ]);
    // Our host moving (here: to the new heading) is one more batch of our own: nobody looks again for it.
    const before = [watched.mock.calls.length, pageKey.mock.calls.length];
    document.querySelector('h1')!.remove();
    document.body.append(Object.assign(document.createElement('section'), { innerHTML: '<h1>New</h1><p>after</p>' }));
    await settle();
    expect(document.querySelector('section h1')!.nextElementSibling?.localName).toBe('wbc-beside');
    expect([watched.mock.calls.length, pageKey.mock.calls.length]).toEqual([before[0]! + 1, before[1]! + 1]);
  });

  it('a host the page removed by itself is put back, though only our node changed', async () => {
    document.body.innerHTML = '<h1>Heading</h1>';
    const watched = vi.fn();
    start([
      defineFeature({
        id: 'probe',
        include: [always],
        init: (run) => {
          run.watch(watched);
          placeAfterHeading(run);
        },
      }),
    ]);
    await settle();
    const host = document.querySelector('wbc-beside')!;
    const calls = watched.mock.calls.length;
    host.remove();
    await settle();
    expect(document.querySelector('h1')!.nextElementSibling).toBe(host);
    expect(watched.mock.calls.length).toBe(calls);
  });

  it('moves the same UI (its state kept) when the page replaces the anchor, and takes it out while there is none', async () => {
    document.body.innerHTML = '<h1>Old</h1>';
    const run = startRun([defineFeature({ id: 'beside', include: [always], init: placeAfterHeading })], `${WB}/x`);
    await settle();
    const host = document.querySelector('wbc-beside')!;
    document.querySelector('h1')!.remove();
    await settle();
    expect(host.isConnected).toBe(false);
    const section = document.createElement('section');
    section.innerHTML = '<h1>New</h1>';
    document.body.append(section);
    await settle();
    expect(section.querySelector('h1')!.nextElementSibling).toBe(host);
    expect(document.querySelectorAll('wbc-beside')).toHaveLength(1);
    run.abort();
    expect(host.isConnected).toBe(false);
  });

  it('keeps our clicks and keys from the page: events stop at our shadow root', async () => {
    document.body.innerHTML = '<h1>Heading</h1>';
    const run = startRun([defineFeature({ id: 'beside', include: [always], init: placeAfterHeading })], `${WB}/x`);
    await settle();
    const heard = vi.fn();
    for (const type of ['click', 'keydown', 'input', 'focusin']) document.addEventListener(type, heard);
    const button = run.rootOf('wbc-beside')!.querySelector('button')!;
    for (const type of ['click', 'keydown', 'input', 'focusin'])
      button.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
    expect(heard).not.toHaveBeenCalled();
    // Control: the same event from the page's own element does reach the document.
    document.querySelector('h1')!.dispatchEvent(new Event('click', { bubbles: true, composed: true }));
    expect(heard).toHaveBeenCalledTimes(1);
    run.abort();
  });

  it("a closed root is out of the page's reach, yet the run that placed it can reach it", async () => {
    document.body.innerHTML = '<h1>Heading</h1>';
    const run = startRun(
      [
        defineFeature({
          id: 'closed',
          include: [always],
          init: (r) =>
            r.place(
              'wbc-closed',
              () => r.document.querySelector('h1'),
              () => <p>secret</p>,
              { closed: true },
            ),
        }),
      ],
      `${WB}/x`,
    );
    await settle();
    expect(document.querySelector('wbc-closed')!.shadowRoot).toBeNull();
    expect(run.rootOf('wbc-closed')!.textContent).toContain('secret');
    run.abort();
  });
});

describe('our controls ignore untrusted events', () => {
  it("a handler wired by the DOM-JSX runtime runs for the trainee's click, never for a dispatched one", () => {
    const clicked = vi.fn();
    const button = (
      <button type="button" onClick={clicked}>
        Fill
      </button>
    ) as HTMLButtonElement;
    const synthetic = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(synthetic, 'isTrusted', { value: false });
    button.dispatchEvent(synthetic);
    expect(clicked).not.toHaveBeenCalled();
    // Control: in happy-dom every other event stands for the trainee's own input.
    button.click();
    expect(clicked).toHaveBeenCalledTimes(1);
  });
});
