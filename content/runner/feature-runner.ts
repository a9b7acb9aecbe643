// Runs every feature whose page predicate matches, again on each SPA navigation or wizard step,
// aborting the previous run first. One failing feature never stops the others. Features show UI
// only through `run.place`, and follow the page only through the runner's one MutationObserver.
import type { ScriptCourse } from '../../domain/course/script-course';
import type { ProgressEventInput } from '../../domain/progress/events';
import type { Anchor, Placement, Spot, WaitFor } from '../../site/anchor';

export type PagePredicate = (url: URL, doc: Document) => boolean;

export type { Anchor, Placement, Spot, WaitFor };

export interface PlaceOptions {
  /** Default 'after'. */
  append?: Placement;
  /**
   * A closed shadow root, for UI that shows the trainee's own stored values (the page cannot read inside). UI that asks
   * for a typed value gets one anyway (`content/ui/mount-ui.ts`), and an open root never takes a text field later.
   */
  closed?: boolean;
}

export interface FeatureRun {
  url: URL;
  document: Document;
  signal: AbortSignal;
  course: ScriptCourse;
  /**
   * Shows `render()` in a shadow root beside the anchor `findAnchor()` returns, in the same task the anchor
   * appears; moves it when the page replaces the anchor, hides it while there is none, removes it when the run ends.
   * `name` is the host's tag (a custom element name, e.g. "wbc-tip-dar-identity"); one placement per name.
   */
  place: (name: string, findAnchor: () => Anchor, render: () => Node, options?: PlaceOptions) => void;
  /** Calls back on every change of the page, until the run ends. */
  watch: (onChange: () => void) => void;
  waitFor: WaitFor;
  /** Sends progress the page shows to the background. */
  report: (events: ProgressEventInput[]) => void;
}

export interface Feature {
  id: string;
  include: PagePredicate[];
  init: (run: FeatureRun) => void | Promise<void>;
}

export function defineFeature(feature: Feature): Feature {
  return feature;
}

/** A shadow-root host made by the UI layer (`content-ui/mount-ui.ts`), not yet in the page. */
export interface PlacedUi {
  host: Element;
  /** The shadow root, open or closed (kept here so tests and the runner can reach a closed one). */
  root: ShadowRoot;
  remove: () => void;
}

/** Builds a host (an isolated shadow-root element: with inline CSS it settles within microtasks, before the next paint). */
export type CreateUi = (name: string, render: () => Node, options: { closed: boolean }) => Promise<PlacedUi>;

/** The one MutationObserver: every watcher, waiter and placement of every run listens to it. */
export interface PageWatcher {
  /** `pageChanged` is false when the batch only added, moved or removed our own hosts. */
  subscribe: (listener: (pageChanged: boolean) => void, signal: AbortSignal) => void;
  /** Marks one of our hosts: its own insertions and removals are not the page changing. */
  own: (host: Node) => void;
  disconnect: () => void;
}

export function watchPage(doc: Document): PageWatcher {
  const listeners = new Map<(pageChanged: boolean) => void, AbortSignal>();
  const ours = new WeakSet<Node>();
  // Stops at the first node not ours, without copying the lists (the parser's and React's batches can be long).
  const onlyOurs = (nodes: NodeList) => Array.prototype.every.call(nodes, (node: Node) => ours.has(node));
  const isOurs = (record: MutationRecord) =>
    record.type === 'childList'
      ? onlyOurs(record.addedNodes) && onlyOurs(record.removedNodes)
      : ours.has(record.target);
  // Called in the observer's own callback (a microtask after the page's change, before the next paint).
  const observer = new MutationObserver((records) => {
    const pageChanged = !records.every(isOurs);
    for (const [listener, signal] of [...listeners])
      if (!signal.aborted) safely(() => listener(pageChanged), undefined);
  });
  observer.observe(doc, { childList: true, subtree: true, attributes: true, characterData: true });
  return {
    subscribe(listener, signal) {
      if (signal.aborted) return;
      listeners.set(listener, signal);
      signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
    own: (host) => ours.add(host),
    disconnect: () => {
      observer.disconnect();
      listeners.clear();
    },
  };
}

export interface RunSetup {
  url: URL;
  document: Document;
  course: ScriptCourse;
  page: PageWatcher;
  createUi: CreateUi;
  report: (events: ProgressEventInput[]) => void;
  onError?: (featureId: string, error: unknown) => void;
}

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
  // Each feature gets its own view of the run, so a failure anywhere in it (later callbacks too) is reported under its name.
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

/**
 * Puts the UI at its spot as soon as the anchor is there, and again on every page change that moved or removed it.
 * A batch that only moved our own hosts is not a page change: it re-checks only the UI that is not in the page (a
 * tip may sit beside another of ours; a page script may remove our host).
 */
function placeUi(
  setup: RunSetup,
  signal: AbortSignal,
  name: string,
  findAnchor: () => Anchor,
  render: () => Node,
  options: PlaceOptions,
): Promise<PlacedUi | undefined> {
  if (signal.aborted) return Promise.resolve(undefined);
  // Built at once, not when the anchor appears: the frame that shows the anchor only has to insert it.
  return setup.createUi(name, render, { closed: options.closed ?? false }).then((ui) => {
    if (signal.aborted) return undefined;
    setup.page.own(ui.host);
    let placedAt: Element | undefined;
    const check = () => {
      if (signal.aborted) return;
      const found = safely(findAnchor, undefined);
      const spot = !found
        ? undefined
        : 'anchor' in found
          ? found
          : { anchor: found, append: options.append ?? 'after' };
      if (!spot || !spot.anchor.isConnected) {
        placedAt = undefined;
        ui.host.remove();
        return;
      }
      // Same anchor and still in the page: nothing to do (this runs on every page change).
      if (spot.anchor === placedAt && ui.host.isConnected) return;
      placedAt = spot.anchor;
      insertAt(ui.host, spot);
    };
    signal.addEventListener('abort', () => ui.remove(), { once: true });
    check();
    setup.page.subscribe((pageChanged) => (pageChanged || !ui.host.isConnected) && check(), signal);
    return ui;
  });
}

function insertAt(host: Element, { anchor, append }: Spot): void {
  if (append === 'first') anchor.prepend(host);
  else if (append === 'last') anchor.append(host);
  else if (append === 'before') anchor.before(host);
  else anchor.after(host);
}

/** `run.waitFor` on a page watcher: the first truthy find(), now or on a page change; undefined when `signal` aborts or after the timeout. */
export function waiterOn(page: PageWatcher, signal: AbortSignal): WaitFor {
  return (find, timeoutMs = 15_000) => {
    const first = safely(find, undefined);
    if (first || signal.aborted) return Promise.resolve(first || undefined);
    return new Promise((resolve) => {
      const waiting = new AbortController();
      const finish = (value: ReturnType<typeof find> | undefined) => {
        waiting.abort();
        clearTimeout(timer);
        resolve(value || undefined);
      };
      const timer = setTimeout(() => finish(undefined), timeoutMs);
      signal.addEventListener('abort', () => finish(undefined), { once: true, signal: waiting.signal });
      page.subscribe((pageChanged) => {
        const found = pageChanged && !signal.aborted && safely(find, undefined);
        if (found) finish(found);
      }, waiting.signal);
    });
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

function safely<T, F>(work: () => T, fallback: F): T | F {
  try {
    return work();
  } catch {
    return fallback;
  }
}
