/** @jsxImportSource @/ui/dom-jsx */
import { t } from '@/domain/i18n/t';
import { isTipDismissed, setTipDismissed, tipDismissedNow } from '@/content/ui/tip-dismissals';
import { safeHref, type TipLink, type TipProps } from '@/guidance/tip-content';

/** A dismissable, recallable note beside a Workbench control. Texts render as text, never HTML. */
export function Tip({ id, title, paragraphs, links = [] }: TipProps): Node {
  const slot = (<div class="wbc-slot" />) as HTMLElement;
  // Hiding or recalling moves focus to the button that undoes it, so keyboard users stay in place.
  const show = (dismissed: boolean, focus = false) => {
    slot.replaceChildren(dismissed ? recall() : note());
    if (focus) slot.querySelector('button')?.focus();
  };
  const toggle = (dismissed: boolean) => {
    show(dismissed, true);
    void setTipDismissed(id, dismissed);
  };
  const recall = () => (
    <div class="wbc" data-wbc-tip={id} data-dismissed="true">
      <button type="button" class="wbc-recall" onClick={() => toggle(false)}>
        {t('tipShow', title)}
      </button>
    </div>
  );
  const note = () => (
    <div class="wbc wbc-tip" role="note" aria-label={`${t('tipLabel')}: ${title}`} data-wbc-tip={id}>
      <div class="wbc-tip-head">
        <p class="wbc-tip-title">{title}</p>
        <button
          type="button"
          class="wbc-icon-button"
          aria-label={`${t('tipHide')}: ${title}`}
          onClick={() => toggle(true)}
        >
          ×
        </button>
      </div>
      {paragraphs.map((text) => (
        <p>{text}</p>
      ))}
      {links.length > 0 && <TipLinks links={links} />}
    </div>
  );
  const known = tipDismissedNow(id);
  if (known === undefined) void isTipDismissed(id).then((dismissed) => show(dismissed));
  else show(known);
  return slot;
}

/** A tip's links, each opening in a new tab; only https: and mailto: become links. */
export function TipLinks({ links }: { links: TipLink[] }): Node {
  return (
    <ul>
      {links.map((link) => (
        <li>
          <a href={safeHref(link.href)} target="_blank" rel="noopener noreferrer">
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
