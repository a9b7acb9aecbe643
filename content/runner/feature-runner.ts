// Runs every feature whose page predicate matches, again on each SPA navigation or wizard step,
// aborting the previous run first. One failing feature never stops the others. Features show UI
// only through `run.place` (placement.ts), and follow the page only through the one observer (watcher.ts).
import type { ScriptCourse } from '../../domain/course/script-course';
import type { ProgressEventInput } from '../../domain/progress/events';
import type { CreateUi, Feature, FeatureRun, RunSetup } from './feature';
import { placeUi } from './placement';
import { safely } from './safely';
import { waiterOn } from './waiter';
import { watchPage } from './watcher';

export * from './feature';
export type { PageWatcher } from './watcher';
export { watchPage } from './watcher';
export { waiterOn } from './waiter';

export interface RunHandle {
  /** Settles when every started feature's init has settled. */
  done: Promise<void>;
  abort: () => void;
  /** The shadow root of a placed host, open or closed, while the run lasts. */
  rootOf: (name: string) => ShadowRoot | undefined;
}

const warn = (id: string, error: unknown) => console.warn(`[workbench-companion] feature ${id} failed:`, error);

/** One run: every feature whose predicate matches the page, each isolated from the others' failures. */
export function runFeatures(features: readonly Feature[], setup: RunSetup): RunHandle {
  const controller = new AbortController();
  const { signal } = controller;
  const roots = new Map<string, ShadowRoot>();
  const onError = setup.onError ?? warn;
  // Each feature gets its own view of the run, so a failure anywhere in it (later callbacks too) is reported under its
  // name.
  const runFor = (id: string): FeatureRun => {
    const guarded = (callback: () => void) => () => {
      try {
        callback();
      } catch (error) {
        onError(id, error);
      }
    };
    return {
      url: setup.url,
      document: setup.document,
      signal,
      course: setup.course,
      report: setup.report,
      watch: (onChange) => {
        const changed = guarded(onChange);
        setup.page.subscribe((pageChanged) => pageChanged && changed(), signal);
      },
      waitFor: waiterOn(setup.page, signal),
      place: (name, findAnchor, render, options = {}) => {
        placeUi(setup, signal, name, findAnchor, render, options).then(
          (ui) => ui && roots.set(name, ui.root),
          (error) => onError(id, error),
        );
      },
    };
  };
  const started: Promise<void>[] = [];
  for (const feature of features) {
    const run = runFor(feature.id);
    if (!feature.include.some((matches) => safely(() => matches(run.url, run.document), false))) continue;
    try {
      started.push(Promise.resolve(feature.init(run)).catch((error) => onError(feature.id, error)));
    } catch (error) {
      onError(feature.id, error);
    }
  }
  return {
    done: Promise.all(started).then(() => undefined),
    abort: () => controller.abort(),
    rootOf: (name) => roots.get(name),
  };
}

export interface RunnerOptions {
  features: readonly Feature[];
  course: () => ScriptCourse;
  /** What identifies "the same page": URL plus DOM-only steps (e.g. the /login wizard). */
  pageKey: (url: URL, doc: Document) => string;
  createUi: CreateUi;
  report: (events: ProgressEventInput[]) => void;
  onError?: (featureId: string, error: unknown) => void;
}

export interface Runner {
  /** Re-evaluate the page; re-runs features only when the page key changed (or when forced). */
  check: (force?: boolean) => void;
  /** The current run, for tests. */
  current: () => RunHandle | undefined;
  stop: () => void;
}

/** Starts runs on `win`'s page; a page change that changes the page key (navigation, wizard step) starts a new one. */
export function createRunner(win: Window, options: RunnerOptions): Runner {
  const page = watchPage(win.document);
  let current: RunHandle | undefined;
  let lastKey: string | undefined;
  const check = (force = false) => {
    const url = new URL(win.location.href);
    const key = options.pageKey(url, win.document);
    if (!force && key === lastKey) return;
    lastKey = key;
    current?.abort();
    current = runFeatures(options.features, {
      url,
      document: win.document,
      course: options.course(),
      page,
      createUi: options.createUi,
      report: options.report,
      onError: options.onError,
    });
  };
  // The runner listens first, so a new page's run starts before the old run's placements would react.
  page.subscribe((pageChanged) => pageChanged && check(), new AbortController().signal);
  return {
    check,
    current: () => current,
    stop() {
      current?.abort();
      current = undefined;
      page.disconnect();
    },
  };
}
