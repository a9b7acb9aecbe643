// Runs a workspace feature as the content script's runner would (happy-dom), and reads its shadow-root UI.
import { vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadCourseFile } from '@/utils/course/load-file';
import type { Course } from '@/utils/course/schema';
import type { Feature } from '@/utils/feature-runner';
import { createMount } from '@/utils/mount-ui';
import type { ProgressEventInput } from '@/utils/progress/events';

export const exampleCourse: Course = loadCourseFile('courses/example-cwml-training.json').course;

export interface Started {
  events: ProgressEventInput[];
  abort: () => void;
  done: Promise<void>;
}

export function startFeature(feature: Feature, url: string, course: Course = exampleCourse): Started {
  const controller = new AbortController();
  const events: ProgressEventInput[] = [];
  const run = {
    url: new URL(url),
    document,
    signal: controller.signal,
    course,
    mount: createMount(new ContentScriptContext('test', {}), controller.signal),
    report: (batch: ProgressEventInput[]) => events.push(...batch),
  };
  const matches = feature.include.some((predicate) => predicate(run.url, document));
  return { events, abort: () => controller.abort(), done: matches ? Promise.resolve(feature.init(run)) : Promise.resolve() };
}

/** The open shadow root of one of our hosts, once it is there. */
export async function shadowOf(name: string, timeout = 1000): Promise<ShadowRoot> {
  return vi.waitFor(
    () => {
      const root = document.querySelector(name)?.shadowRoot;
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
