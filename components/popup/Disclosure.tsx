import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface DisclosureProps {
  /** Names the heading (`<id>-heading`) and the panel (`<id>-panel`). */
  id: string;
  /** The heading's text, which is also the button's name. */
  title: ComponentChildren;
  children: ComponentChildren;
  class?: string;
  /** Controlled: the owner decides; otherwise the disclosure keeps its own state, closed at first. */
  open?: boolean;
  onToggle?: (open: boolean) => void;
}

/** A heading that shows or hides what follows it: a native button (Enter, Space), heard as "expanded"/"collapsed". */
export function Disclosure({ id, title, children, class: className, open, onToggle }: DisclosureProps) {
  const [ownOpen, setOwnOpen] = useState(false);
  const sectionRef = useRef<HTMLElement>(null);
  const isOpen = open ?? ownOpen;
  const headingId = `${id}-heading`;
  const panelId = `${id}-panel`;
  const toggle = () => {
    setOwnOpen(!isOpen);
    onToggle?.(!isOpen);
    // What opened near the popup's bottom edge is brought into view, its button first.
    if (!isOpen) requestAnimationFrame(() => sectionRef.current?.scrollIntoView?.({ block: 'nearest' }));
  };
  return (
    <section ref={sectionRef} aria-labelledby={headingId} class={className} data-open={isOpen ? '' : undefined}>
      <h2 id={headingId}>
        <button type="button" class="disclosure" aria-expanded={isOpen} aria-controls={panelId} onClick={toggle}>
          {title}
        </button>
      </h2>
      <div id={panelId} class="disclosure-panel" hidden={!isOpen}>
        {children}
      </div>
    </section>
  );
}
