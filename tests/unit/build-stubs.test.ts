// The smaller stand-ins the content-script build uses for libraries inside WXT's shadow-root UI.
import { createIsolatedElement as original } from '@webext-core/isolated-element';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIsolatedElement } from '@/utils/build-stubs/isolated-element';

const shape = ({ parentElement, shadow, isolatedElement }: { parentElement: HTMLElement; shadow: ShadowRoot; isolatedElement: HTMLElement }) => ({
  host: parentElement.tagName,
  mode: shadow.mode,
  shadowOf: shadow.host === parentElement,
  children: [...shadow.children].map((child) => `${child.tagName}:${child.textContent}`),
  container: isolatedElement.parentNode === shadow && isolatedElement.tagName,
});

describe('isolated element stand-in', () => {
  afterEach(() => document.body.replaceChildren());

  it.each([
    { name: 'wbc-tip-dar-identity', mode: 'open' as const, css: { textContent: '.wbc{color:red}' } },
    { name: 'wbc-ws-prefill', mode: 'open' as const },
    { name: 'wbc-closed' },
  ])('builds what @webext-core/isolated-element builds for %o', async (options) => {
    expect(shape(await createIsolatedElement(options))).toEqual(shape(await original(options)));
  });

  it('keeps key presses inside when asked, like the original', async () => {
    const { parentElement, isolatedElement } = await createIsolatedElement({ name: 'wbc-keys', mode: 'open', isolateEvents: true });
    document.body.append(parentElement);
    const outside = vi.fn();
    document.body.addEventListener('keydown', outside);
    const clicks = vi.fn();
    document.body.addEventListener('click', clicks);
    isolatedElement.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true }));
    isolatedElement.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(outside).not.toHaveBeenCalled();
    expect(clicks).toHaveBeenCalledTimes(1);
  });

  it('refuses CSS by URL: a content script never fetches its styles', async () => {
    await expect(createIsolatedElement({ name: 'wbc-url', css: { url: 'https://example.org/x.css' } })).rejects.toThrow(/inline/);
  });
});
