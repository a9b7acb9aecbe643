// The unit run's output stays readable: happy-dom's report of each unloaded snapshot iframe is dropped, nothing else.
import nodeConsole from 'node:console';
import { afterEach, expect, it, vi } from 'vitest';
import { loadHtml } from '../support/snapshots';

afterEach(() => vi.restoreAllMocks());

/** What Node's console writes to stderr while `act` runs (kept out of the test output). */
function stderrDuring(act: () => void): string {
  const written: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  act();
  vi.restoreAllMocks();
  return written.join('');
}

it("a snapshot's iframe stays unloaded and prints nothing", () => {
  const printed = stderrDuring(() => loadHtml('<main><iframe src="/aou-tos.html" title="Terms"></iframe></main>'));
  expect(document.querySelector('iframe')?.contentDocument ?? null).toBeNull();
  expect(printed).toBe('');
});

it('any other error the page console reports still prints (control)', () => {
  const printed = stderrDuring(() =>
    nodeConsole.error(new DOMException('Failed to load something else.', 'NotSupportedError')),
  );
  expect(printed).toContain('Failed to load something else.');
  expect(stderrDuring(() => nodeConsole.error('plain message'))).toContain('plain message');
});
