// Reaches inside our closed shadow roots the way DevTools does (the DevTools protocol pierces them; the page's
// scripts and Playwright's locators cannot). Clicks and typing go through the real mouse and keyboard, so they
// are trusted input, as the trainee's are.
import type { CDPSession, Locator, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

export interface OurUi {
  count: (selector: string) => Promise<number>;
  /** textContent of every match, in order. */
  texts: (selector: string) => Promise<string[]>;
  text: (selector: string) => Promise<string | null>;
  attrs: (selector: string, name: string) => Promise<Array<string | null>>;
  attr: (selector: string, name: string) => Promise<string | null>;
  disabled: (selector: string) => Promise<boolean | undefined>;
  /**
   * Scrolls the match into view, waits `SEEN_MS` as the trainee would see it (unless `settle: false`), clicks its
   * centre.
   */
  click: (selector: string, options?: { settle?: boolean }) => Promise<void>;
  /** The match's border box in the viewport. */
  box: (selector: string) => Promise<{ x: number; y: number; width: number; height: number }>;
  /** Clicks the field, selects what it holds and types `text`. */
  fill: (selector: string, text: string) => Promise<void>;
  focus: (selector: string) => Promise<void>;
}

/**
 * Our action buttons count a click once they have been in view, uncovered, for 500 ms (ui/dom-jsx/real-click.ts); a
 * dialog fading in (about 225 ms) and the visibility report (100 ms) come first, as a trainee reading it would wait.
 */
export const SEEN_MS = 1000;

/** A click on one of our buttons in an open root, as the trainee makes it: in view, seen for a moment, then clicked. */
export async function clickSeen(button: Locator): Promise<void> {
  await button.scrollIntoViewIfNeeded();
  await button.page().waitForTimeout(SEEN_MS);
  await button.click();
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

export function ourUi(page: Page, host: string): OurUi {
  const session = () => {
    if (!sessions.has(page)) sessions.set(page, page.context().newCDPSession(page));
    return sessions.get(page)!;
  };
  const matches = async (selector: string): Promise<number[]> => {
    const cdp = await session();
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (node: DomNode): DomNode | undefined =>
      node.localName === host ? node : [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(find).find(Boolean);
    const shadow = find(root)?.shadowRoots?.[0];
    if (!shadow) return [];
    const { nodeIds } = (await cdp.send('DOM.querySelectorAll', { nodeId: shadow.nodeId, selector })) as {
      nodeIds: number[];
    };
    return nodeIds;
  };
  const call = async <T>(nodeId: number, body: string): Promise<T> => {
    const cdp = await session();
    const { object } = (await cdp.send('DOM.resolveNode', { nodeId })) as { object: { objectId: string } };
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () { ${body} }`,
      returnByValue: true,
    })) as { result: { value: T } };
    return result.value;
  };
  const all = async <T>(selector: string, body: string) =>
    Promise.all((await matches(selector)).map((id) => call<T>(id, body)));
  const first = async (selector: string): Promise<number> => {
    const [id] = await matches(selector);
    if (id === undefined) throw new Error(`${selector} not found in ${host}`);
    return id;
  };
  const box = async (selector: string) => {
    const cdp = await session();
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: await first(selector) })) as {
      model: { border: number[] };
    };
    const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
    return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
  };
  const click = async (selector: string, { settle = true } = {}) => {
    const cdp = await session();
    await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: await first(selector) });
    if (settle) await page.waitForTimeout(SEEN_MS);
    const { x, y, width, height } = await box(selector);
    await page.mouse.click(x + width / 2, y + height / 2);
  };
  return {
    count: async (selector) => (await matches(selector)).length,
    texts: (selector) => all<string>(selector, 'return this.textContent;'),
    text: async (selector) => (await all<string>(selector, 'return this.textContent;'))[0] ?? null,
    attrs: (selector, name) => all<string | null>(selector, `return this.getAttribute(${JSON.stringify(name)});`),
    attr: async (selector, name) =>
      (await all<string | null>(selector, `return this.getAttribute(${JSON.stringify(name)});`))[0] ?? null,
    disabled: async (selector) => (await all<boolean>(selector, 'return this.disabled;'))[0],
    click,
    box,
    fill: async (selector, text) => {
      await click(selector, { settle: false });
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(text);
    },
    focus: async (selector) => call<void>(await first(selector), 'this.focus();'),
  };
}

/** Polls until `check()` is truthy (for scripts without vitest's expect.poll). */
export async function until(check: () => Promise<unknown>, timeoutMs = 10_000): Promise<void> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 20)))
    if (await check()) return;
  throw new Error(`timed out after ${timeoutMs} ms`);
}
