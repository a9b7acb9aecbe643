/** @jsxImportSource @/utils/dom-jsx */
import type { Child } from '@/utils/dom-jsx/jsx-runtime';

// Our UI sits inside the Workbench's React tree: keep its events from reaching the page's handlers
// (a click bubbling into the billing box would open Google's billing pop-up).
const stop = (event: Event) => event.stopPropagation();

export function Isolated({ children }: { children: Child }): Node {
  return (
    <div onClick={stop} onInput={stop} onChange={stop} onKeyDown={stop} onKeyUp={stop} onMouseDown={stop} onMouseOver={stop} onFocusIn={stop} onFocusOut={stop}>
      {children}
    </div>
  );
}
