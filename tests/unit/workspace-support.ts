// Runs a workspace feature as the content script's runner would (happy-dom), and reads its shadow-root UI.
import { vi } from 'vitest';
import { loadCourseFile } from '@/domain/course/load-file';
import type { Course } from '@/domain/course/schema';
import type { Feature } from '@/content/runner/feature-runner';
import { ourRoot, startRun, type TestRun } from './run-support';

export const exampleCourse: Course = loadCourseFile('courses/example-cwml-training.json').course;

export type Started = TestRun;

export function startFeature(feature: Feature, url: string, course: Course = exampleCourse): Started {
  return startRun([feature], url, course);
}

/** The shadow root of one of our hosts (open or closed), once it is in the page. */
export async function shadowOf(name: string, timeout = 1000): Promise<ShadowRoot> {
  return vi.waitFor(
    () => {
      const root = ourRoot(name);
      if (!root) throw new Error(`${name} not mounted`);
      return root;
    },
    { timeout },
  );
}

export async function inShadow<E extends Element = HTMLElement>(name: string, css: string, timeout = 1000): Promise<E> {
  const root = await shadowOf(name, timeout);
  return vi.waitFor(() => {
    const el = root.querySelector<E>(css);
    if (!el) throw new Error(`${css} not rendered in ${name}`);
    return el;
  });
}

export function typeInto(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
