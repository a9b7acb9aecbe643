import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

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
  const isOpen = open ?? ownOpen;
  const headingId = `${id}-heading`;
  const panelId = `${id}-panel`;
  const toggle = () => {
    setOwnOpen(!isOpen);
    onToggle?.(!isOpen);
  };
  return (
    <section aria-labelledby={headingId} class={className} data-open={isOpen ? '' : undefined}>
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
