/** @jsxImportSource @/ui/dom-jsx */
import { describe, expect, it, vi } from 'vitest';
import { Fragment } from '@/ui/dom-jsx/jsx-runtime';

describe('the DOM JSX runtime of the content script', () => {
  it('builds real elements with attributes; course texts stay text, never HTML', () => {
    const el = (
      <section class="note" aria-label="Tip: <b>x</b>" data-empty={true} data-gone={false} title={undefined}>
        {'<img src=x onerror=alert(1)>'}
      </section>
    ) as HTMLElement;
    expect(el.outerHTML).toBe(
      '<section class="note" aria-label="Tip: <b>x</b>" data-empty="">&lt;img src=x onerror=alert(1)&gt;</section>',
    );
    expect(el.querySelector('img')).toBeNull();
  });

  it('renders nothing for null, undefined and booleans, numbers as text, and flattens arrays', () => {
    const items = ['a', 'b'];
    const el = (
      <ul>
        {null}
        {undefined}
        {false}
        {true}
        {items.map((item) => (
          <li>{item}</li>
        ))}
        <li>{3}</li>
      </ul>
    ) as HTMLElement;
    expect(el.outerHTML).toBe('<ul><li>a</li><li>b</li><li>3</li></ul>');
  });

  it('wires on* props as listeners and sets value and disabled as properties', () => {
    const onClick = vi.fn();
    const onFocusIn = vi.fn();
    const button = (
      <button type="button" disabled={false} onClick={onClick} onFocusIn={onFocusIn} />
    ) as HTMLButtonElement;
    button.click();
    button.dispatchEvent(new FocusEvent('focusin'));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(onFocusIn).toHaveBeenCalledTimes(1);
    expect(button.disabled).toBe(false);
    expect(button.hasAttribute('onclick')).toBe(false);
    const input = (<input value="Garcia" disabled={true} />) as HTMLInputElement;
    expect([input.value, input.disabled]).toEqual(['Garcia', true]);
  });

  it('calls function components with their props and children; fragments add their children only', () => {
    const Item = ({ label, children }: { label: string; children?: string }) => <li data-label={label}>{children}</li>;
    const list = (
      <ol>
        <Item label="one">first</Item>
        <Item label="two">second</Item>
      </ol>
    ) as HTMLElement;
    expect(list.outerHTML).toBe('<ol><li data-label="one">first</li><li data-label="two">second</li></ol>');
    expect(Fragment({ children: 'x' }).nodeType).toBe(Node.DOCUMENT_FRAGMENT_NODE);
  });
});
