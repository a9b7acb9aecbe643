/** @jsxImportSource @/ui/dom-jsx */
// Whatever the trainee types stays out of the page's reach: every UI that asks for a typed value is built in a
// closed shadow root, whatever its feature asked for, and an open root never takes a text field later.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineFeature, type Feature } from '@/content/runner/feature-runner';
import { features as rw2Features } from '@/content/rw2/features';
import { mountRw2Dialog, settle } from '../support/rw2-dialog-support';
import { startRun, type TestRun } from '../support/feature-run';
import { exampleCourse } from '../support/feature-run';

const WB = 'https://workbench.researchallofus.org';
let current: TestRun | undefined;
afterEach(() => {
  current?.abort();
  vi.restoreAllMocks();
});

/** One feature that places `render()` beside the page's h1, with the options given. */
function placing(name: string, render: () => Node, closed?: boolean): Feature {
  return defineFeature({
    id: name,
    include: [() => true],
    init: (run) => run.place(name, () => run.document.querySelector('h1'), render, closed ? { closed } : {}),
  });
}

describe('a UI that asks for a typed value', () => {
  it('is placed in a closed root even when its feature did not ask for one; a UI without fields stays open', async () => {
    document.body.innerHTML = '<h1>Heading</h1>';
    current = startRun(
      [
        placing('wbc-asks', () => (
          <p>
            <input type="text" name="wbc-last-name" />
          </p>
        )),
        placing('wbc-asks-later', () => <textarea />),
        placing('wbc-editable', () => <div contenteditable="true" />),
        placing('wbc-note', () => <p>a note</p>),
      ],
      `${WB}/x`,
    );
    await current.done;
    await settle();
    for (const name of ['wbc-asks', 'wbc-asks-later', 'wbc-editable']) {
      expect(document.querySelector(name), name).not.toBeNull();
      expect(document.querySelector(name)!.shadowRoot, name).toBeNull();
      expect(current.rootOf(name)?.querySelector('input, textarea, [contenteditable]'), name).not.toBeNull();
    }
    // Control: the same placement without a field is open, so the check above can fail.
    expect(document.querySelector('wbc-note')!.shadowRoot?.textContent).toContain('a note');
  });

  it('a text field added to an open root afterwards is taken out before anyone can type in it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    document.body.innerHTML = '<h1>Heading</h1>';
    current = startRun([placing('wbc-note', () => <p class="note">a note</p>)], `${WB}/x`);
    await current.done;
    await settle();
    const root = document.querySelector('wbc-note')!.shadowRoot!;
    root.querySelector('.note')!.append(<input type="text" />, <span contenteditable="" />);
    await settle();
    expect(root.querySelector('input, [contenteditable]')).toBeNull();
    expect(warn).toHaveBeenCalled();
    // Control: the note itself stays.
    expect(root.querySelector('.note')?.textContent).toBe('a note');
  });

  it('the RW 2.0 name offer (last name field) is in a closed root', async () => {
    await mountRw2Dialog({ aian: true, page: 1 });
    current = startRun(rw2Features, 'https://workbench.verily.com/workspaces', exampleCourse);
    await current.done;
    await expect.poll(() => document.querySelector('wbc-rw2-name')).not.toBeNull();
    expect(document.querySelector('wbc-rw2-name')!.shadowRoot).toBeNull();
    expect(current.rootOf('wbc-rw2-name')?.querySelector('input[name="wbc-last-name"]')).not.toBeNull();
  });
});
