// Runs the RW 2.0 dialog fixture (React 18 UMD builds, as served in the browser tests) inside happy-dom.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { RW2_DIALOG_SCRIPT, type Rw2DialogOptions } from '../fixtures/rw2-workspace-dialog';

const sources = [
  'node_modules/react/umd/react.production.min.js',
  'node_modules/react-dom/umd/react-dom.production.min.js',
  RW2_DIALOG_SCRIPT,
].map((file) => readFileSync(resolve(file), 'utf8'));

const run = (source: string) => new Function(source).call(window);

/** Mounts a fresh dialog (new random ids) and resolves once its page has rendered. */
export async function mountRw2Dialog(options: Rw2DialogOptions): Promise<HTMLElement> {
  document.body.innerHTML = '<div id="app"></div>';
  (window as unknown as { __RW2_OPTIONS__: Rw2DialogOptions }).__RW2_OPTIONS__ = options;
  for (const source of sources) run(source);
  if (!options.page) return vi.waitFor(() => document.querySelector<HTMLElement>('#app button')!);
  return vi.waitFor(() => {
    const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
    if (!dialog) throw new Error('dialog not rendered');
    return dialog;
  });
}

/** Lets React render what a dispatched event changed (the concurrent root flushes in a microtask or a task). */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
