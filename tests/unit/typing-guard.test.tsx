/** @jsxImportSource @/ui/dom-jsx */
// The page's own capture listeners never hear what the trainee types into our UI; our handlers still do.
import { describe, expect, it, vi } from 'vitest';
import { hideTypingFromPage, ownTyping } from '@/content/ui/typing-guard';

// Listening first, as the content script does at document_start (before any page script).
hideTypingFromPage(window);

/** One of our hosts with a field whose onInput records what it reads; focus in the field. */
function ourField(): { host: Element; field: HTMLInputElement; heard: string[] } {
  const heard: string[] = [];
  const host = document.createElement('wbc-field');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'closed' });
  const field = (
    <input type="text" onInput={(event: Event) => heard.push((event.target as HTMLInputElement).value)} />
  ) as HTMLInputElement;
  root.append(<p>{field}</p>);
  ownTyping(host, root);
  field.focus();
  return { host, field, heard };
}

describe('typing inside our UI', () => {
  it("is kept from the page's capture listeners on window and document, and still reaches our own handler", () => {
    const { field, heard } = ourField();
    const page = vi.fn();
    window.addEventListener('keydown', page, true);
    window.addEventListener('input', page, true);
    document.addEventListener('beforeinput', page, true);
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'O', bubbles: true, composed: true }));
    field.value = 'O';
    field.dispatchEvent(new InputEvent('beforeinput', { data: 'O', bubbles: true, composed: true }));
    field.dispatchEvent(new InputEvent('input', { data: 'O', bubbles: true, composed: true }));
    expect(page).not.toHaveBeenCalled();
    expect(heard).toEqual(['O']);
    // Control: typing into the page's own field reaches the same listeners.
    const own = document.createElement('input');
    document.body.append(own);
    own.dispatchEvent(new KeyboardEvent('keydown', { key: 'O', bubbles: true, composed: true }));
    own.dispatchEvent(new InputEvent('input', { data: 'O', bubbles: true, composed: true }));
    expect(page).toHaveBeenCalledTimes(2);
    window.removeEventListener('keydown', page, true);
    window.removeEventListener('input', page, true);
    document.removeEventListener('beforeinput', page, true);
  });
});
