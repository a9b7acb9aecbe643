import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** Holds a part that opens itself (a <details>): whatever opens inside is scrolled into view, watched from outside. */
export function ScrollsOpenedIntoView({ class: className, children }: { class: string; children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const holder = ref.current;
    // "toggle" does not bubble: caught on its way down.
    const onToggle = (event: Event) => {
      const opened = event.target as HTMLDetailsElement;
      if (opened.open) opened.scrollIntoView?.({ block: 'nearest' });
    };
    holder?.addEventListener('toggle', onToggle, true);
    return () => holder?.removeEventListener('toggle', onToggle, true);
  }, []);
  return (
    <div ref={ref} class={className}>
      {children}
    </div>
  );
}
