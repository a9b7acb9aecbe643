/** @jsxImportSource @/ui/dom-jsx */
// The rule behind every action button (real-click.ts), with the layout happy-dom lacks stood in for: the browser's
// visibility reports (IntersectionObserver v2) and its hit test. The overlay attack itself:
// tests/browser/click-through.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const real = await vi.importActual<typeof import('@/ui/dom-jsx/real-click')>('@/ui/dom-jsx/real-click');
const { refusalFor, showRefusal, watchActionButton, SETTLED_MS } = real;

type Report = (entries: Array<{ target: Element; time: number; isVisible: boolean }>) => void;
let report: Report;
let hit: Element | null;

beforeEach(() => {
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: Report, options: { trackVisibility?: boolean }) {
        expect(options.trackVisibility).toBe(true);
        report = callback;
      }
      observe() {}
    },
  );
  vi.spyOn(document, 'elementFromPoint').mockImplementation(() => hit);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** An action button in a shadow root, as our placed UI has it. */
function placedButton(): { host: Element; button: HTMLButtonElement } {
  const host = document.createElement('wbc-test');
  document.body.append(host);
  const button = document.createElement('button');
  button.setAttribute('data-action', 'fill');
  host.attachShadow({ mode: 'closed' }).append(button);
  watchActionButton(button);
  return { host, button };
}
const click = (x: number, y: number) => new MouseEvent('click', { detail: 1, clientX: x, clientY: y });
const keyboard = () => new MouseEvent('click', { detail: 0 });

describe('a click on an action button counts only when it really reached it', () => {
  it('shown uncovered for long enough and hit at the point: it counts, by mouse and by keyboard', () => {
    const { host, button } = placedButton();
    report([{ target: button, time: performance.now() - SETTLED_MS - 1, isVisible: true }]);
    hit = host;
    expect(refusalFor(click(10, 10), button)).toBeUndefined();
    expect(refusalFor(keyboard(), button)).toBeUndefined();
  });

  it('refused while not reported visible (covered, see-through or out of view), and just after it appeared', () => {
    const { host, button } = placedButton();
    hit = host;
    expect(refusalFor(click(10, 10), button)).toBe('too-soon');
    report([{ target: button, time: performance.now(), isVisible: false }]);
    expect(refusalFor(click(10, 10), button)).toBe('covered');
    report([{ target: button, time: performance.now(), isVisible: true }]);
    expect(refusalFor(click(10, 10), button)).toBe('too-soon');
    report([{ target: button, time: performance.now(), isVisible: false }]);
    expect(refusalFor(click(10, 10), button)).toBe('covered');
  });

  it("refused when the page's own element is above the clicked point", () => {
    const { button } = placedButton();
    report([{ target: button, time: performance.now() - SETTLED_MS - 1, isVisible: true }]);
    hit = document.body;
    expect(refusalFor(click(10, 10), button)).toBe('covered');
    expect(refusalFor(keyboard(), button)).toBe('covered');
  });

  it('says why beside the button, once, and takes the note away when a click counts', () => {
    const box = (
      <p>
        <button type="button" data-action="fill" />
      </p>
    ) as HTMLElement;
    const button = box.querySelector('button')!;
    showRefusal(button, 'covered');
    showRefusal(button, 'too-soon');
    expect(box.querySelectorAll('[data-wbc-refused]')).toHaveLength(1);
    expect(box.querySelector('[data-wbc-refused="too-soon"]')?.textContent).toMatch(/only just appeared/);
    showRefusal(button, undefined);
    expect(box.querySelector('[data-wbc-refused]')).toBeNull();
  });
});
