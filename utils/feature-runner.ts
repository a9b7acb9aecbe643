// Runs every feature whose page predicate matches, again on each SPA navigation or wizard step,
// aborting the previous run first. One failing feature never stops the others.
import type { Course } from './course/schema';
import type { ProgressEventInput } from './progress/events';

export type PagePredicate = (url: URL, doc: Document) => boolean;

export interface FeatureRun extends FeatureServices {
  url: URL;
  document: Document;
  signal: AbortSignal;
  course: Course;
}

export interface MountOptions {
  /** Custom element name of the shadow host, e.g. "wbc-dar-tip". */
  name: string;
  anchor: Element;
  append?: 'before' | 'after' | 'first' | 'last';
  render: () => Node;
}

export interface FeatureServices {
  /** Shows UI in an open shadow root beside the anchor; removed when the run is aborted. */
  mount: (options: MountOptions) => Promise<void>;
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

export interface RunnerOptions {
  features: Feature[];
  course: () => Course;
  /** What identifies "the same page": URL plus DOM-only steps (e.g. the /login wizard). */
  pageKey: (url: URL, doc: Document) => string;
  services: (signal: AbortSignal) => FeatureServices;
  onError?: (featureId: string, error: unknown) => void;
}

export interface Runner {
  /** Re-evaluate the page; re-runs features only when the page key changed (or when forced). */
  check: (force?: boolean) => void;
  stop: () => void;
}

export function createRunner(win: Window, options: RunnerOptions): Runner {
  let controller: AbortController | undefined;
  let lastKey: string | undefined;
  const onError = options.onError ?? ((id, error) => console.warn(`[workbench-companion] feature ${id} failed:`, error));

  const run = () => {
    controller?.abort();
    controller = new AbortController();
    const url = new URL(win.location.href);
    const signal = controller.signal;
    const base: FeatureRun = { url, document: win.document, signal, course: options.course(), ...options.services(signal) };
    for (const feature of options.features) {
      if (!feature.include.some((matches) => safely(() => matches(url, win.document), false))) continue;
      try {
        Promise.resolve(feature.init(base)).catch((error) => onError(feature.id, error));
      } catch (error) {
        onError(feature.id, error);
      }
    }
  };

  return {
    check(force = false) {
      const key = options.pageKey(new URL(win.location.href), win.document);
      if (!force && key === lastKey) return;
      lastKey = key;
      run();
    },
    stop() {
      controller?.abort();
      controller = undefined;
    },
  };
}

function safely<T>(work: () => T, fallback: T): T {
  try {
    return work();
  } catch {
    return fallback;
  }
}
