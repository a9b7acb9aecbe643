// What a feature is and what its run offers: the contract between the runner and every feature file.
import type { ScriptCourse } from '../../domain/course/script-course';
import type { ProgressEventInput } from '../../domain/progress/events';
import type { Anchor, Placement, Spot, WaitFor } from '../../site/anchor';
import type { PageWatcher } from './watcher';

export type { Anchor, Placement, Spot, WaitFor };

export type PagePredicate = (url: URL, doc: Document) => boolean;

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

/*#__NO_SIDE_EFFECTS__*/
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

/**
 * Builds a host (an isolated shadow-root element: with inline CSS it settles within microtasks, before the next paint).
 */
export type CreateUi = (name: string, render: () => Node, options: { closed: boolean }) => Promise<PlacedUi>;

export interface RunSetup {
  url: URL;
  document: Document;
  course: ScriptCourse;
  page: PageWatcher;
  createUi: CreateUi;
  report: (events: ProgressEventInput[]) => void;
  onError?: (featureId: string, error: unknown) => void;
}
