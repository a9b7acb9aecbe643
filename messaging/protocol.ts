// Every message the extension sends, as one discriminated union, with who may send each request.
// No zod here (content scripts and the popup import it): the background validates requests on arrival
// against schema.ts, after checking the sender (sender.ts).
import type { EffectiveCourse } from '../domain/course/effective';
import type { ProgressEventInput } from '../domain/progress/events';
import type { ProgressExport } from '../domain/progress/export-format';
import type { StepId } from '../domain/progress/steps';
import type { ProgressSnapshot } from '../domain/progress/status-rows';

/** Requests the background answers. */
export type Request =
  | { type: 'progress/record'; events: ProgressEventInput[] }
  | { type: 'course/effective' }
  | { type: 'progress/get' }
  | { type: 'progress/mark'; step: StepId }
  | { type: 'progress/undo-mark'; step: StepId }
  | { type: 'progress/reset' }
  /** data is checked against the export format by the background itself, with a readable error. */
  | { type: 'progress/import'; data: unknown }
  | { type: 'progress/export' };

/** Broadcast by the background after every change so open popups refresh. */
export type ProgressChanged = { type: 'progress/changed' };

/** The options page's "check this tab", sent to a Workbench tab's content script: the selectors to count. */
export type DiagnosticsRequest = { type: 'diagnostics/selectors'; selectors: Record<string, string> };

export type Message = Request | ProgressChanged | DiagnosticsRequest;
export type RequestType = Request['type'];

/** What the background answers to each request. */
export interface ReplyValues {
  'progress/record': ProgressSnapshot;
  'course/effective': EffectiveCourse;
  'progress/get': ProgressSnapshot;
  'progress/mark': ProgressSnapshot;
  'progress/undo-mark': ProgressSnapshot;
  /** The progress as it was, so the popup can offer "undo" for a few seconds. */
  'progress/reset': ProgressExport;
  'progress/import': ProgressSnapshot;
  'progress/export': ProgressExport;
}

/**
 * code "invalid-import": the file is not a progress export; "forbidden": not from this kind of sender; "not-saved": a
 * report the background holds because it could not save it yet (it keeps trying; the page may ask again).
 */
export type Reply<T = unknown> =
  | { ok: true; value: T }
  | { ok: false; error: string; code?: 'invalid-import' | 'forbidden' | 'not-saved' };
export type ReplyTo<M extends Request> = Reply<ReplyValues[M['type']]>;

/**
 * Who may send each request. A Workbench tab's content script only reports what its page shows and asks for
 * the course; reading, changing, erasing or replacing progress is for the extension's own pages.
 */
export const ALLOWED_FROM: Record<RequestType, 'tabs-and-extension-pages' | 'extension-pages'> = {
  'progress/record': 'tabs-and-extension-pages',
  'course/effective': 'tabs-and-extension-pages',
  'progress/get': 'extension-pages',
  'progress/mark': 'extension-pages',
  'progress/undo-mark': 'extension-pages',
  'progress/reset': 'extension-pages',
  'progress/import': 'extension-pages',
  'progress/export': 'extension-pages',
};

export function isRequestType(type: unknown): type is RequestType {
  return typeof type === 'string' && Object.hasOwn(ALLOWED_FROM, type);
}

export const PROGRESS_CHANGED: ProgressChanged['type'] = 'progress/changed';
export const DIAGNOSTICS_REQUEST: DiagnosticsRequest['type'] = 'diagnostics/selectors';
