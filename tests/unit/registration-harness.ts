// Runs one feature the way the content script's runner does, in happy-dom, and reads back its tips.
import { vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { builtInCourse } from '@/utils/course/active';
import type { Course } from '@/utils/course/schema';
import type { Feature, FeatureRun } from '@/utils/feature-runner';
import { createMount } from '@/utils/mount-ui';
import type { ProgressEventInput } from '@/utils/progress/events';

export interface TestRun {
  run: FeatureRun;
  events: ProgressEventInput[];
  abort: () => void;
  done: Promise<void>;
}

export function runFeature(feature: Feature, url: string, course: Course = builtInCourse): TestRun {
  const controller = new AbortController();
  const ctx = new ContentScriptContext('test', {});
  const events: ProgressEventInput[] = [];
  const run: FeatureRun = {
    url: new URL(url),
    document,
    signal: controller.signal,
    course,
    mount: createMount(ctx, controller.signal),
    report: (batch) => events.push(...batch),
  };
  const matches = feature.include.some((predicate) => predicate(run.url, document));
  const done = matches ? Promise.resolve(feature.init(run)) : Promise.resolve();
  return { run, events, abort: () => controller.abort(), done };
}

/** Our tip hosts in page order (tag names), e.g. "wbc-tip-reg-institution". */
export function tipHosts(root: ParentNode = document): Element[] {
  return [...root.querySelectorAll('[data-wbc]')];
}

/** The rendered tip (or its recall button) inside a host, once storage has answered. */
export function tipIn(host: Element): HTMLElement | null {
  return host.shadowRoot?.querySelector<HTMLElement>('[data-wbc-tip]') ?? null;
}

/** Waits until every host shows its tip, then returns the tips' ids in page order. */
export async function shownTipIds(root: ParentNode = document): Promise<string[]> {
  await vi.waitFor(() => {
    const hosts = tipHosts(root);
    if (hosts.length === 0 || hosts.some((host) => !tipIn(host))) throw new Error('tips not rendered yet');
  });
  return tipHosts(root).map((host) => tipIn(host)!.getAttribute('data-wbc-tip')!);
}

export function tipText(id: string, root: ParentNode = document): string {
  const tip = tipHosts(root).map(tipIn).find((el) => el?.getAttribute('data-wbc-tip') === id);
  return tip?.textContent ?? '';
}

export function tipLinks(id: string, root: ParentNode = document): string[] {
  const tip = tipHosts(root).map(tipIn).find((el) => el?.getAttribute('data-wbc-tip') === id);
  return [...(tip?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? '');
}
