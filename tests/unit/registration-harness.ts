// Runs one feature the way the content script's runner does, in happy-dom, and reads back its tips.
import { vi } from 'vitest';
import { builtInCourse } from '@/domain/course/active';
import type { Course } from '@/domain/course/schema';
import type { Feature } from '@/content/runner/feature-runner';
import { startRun, type TestRun } from './run-support';

export type { TestRun };

export function runFeature(feature: Feature, url: string, course: Course = builtInCourse): TestRun {
  return startRun([feature], url, course);
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
  const tip = tipHosts(root)
    .map(tipIn)
    .find((el) => el?.getAttribute('data-wbc-tip') === id);
  return tip?.textContent ?? '';
}

export function tipLinks(id: string, root: ParentNode = document): string[] {
  const tip = tipHosts(root)
    .map(tipIn)
    .find((el) => el?.getAttribute('data-wbc-tip') === id);
  return [...(tip?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? '');
}
