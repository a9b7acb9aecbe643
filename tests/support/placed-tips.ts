// Reads back what a feature run placed in happy-dom: tips, shadow roots, their controls.
import { vi } from 'vitest';
import { ourRoot } from './feature-run';

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

/** A placed tip's text, once it has rendered (hosts are named `wbc-<tip id>`). */
export async function shownTipText(id: string): Promise<string> {
  return (await inShadow(`wbc-${id}`, '[data-wbc-tip]')).textContent ?? '';
}
