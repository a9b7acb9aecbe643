import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import { isTipDismissed, setTipDismissed, tipDismissedNow } from '@/utils/tip-dismissals';

export interface TipLink {
  label: string;
  href: string;
}

export interface TipProps {
  id: string;
  title: string;
  paragraphs: string[];
  links?: TipLink[];
}

/** A dismissable, recallable note beside a Workbench control. Texts render as text, never HTML. */
export function Tip({ id, title, paragraphs, links = [] }: TipProps) {
  const [dismissed, setDismissed] = useState<boolean | undefined>(() => tipDismissedNow(id));
  useEffect(() => {
    if (tipDismissedNow(id) === undefined) void isTipDismissed(id).then(setDismissed);
    else setDismissed(tipDismissedNow(id));
  }, [id]);

  const toggle = (value: boolean) => {
    setDismissed(value);
    void setTipDismissed(id, value);
  };

  if (dismissed === undefined) return null;
  if (dismissed) {
    return (
      <div class="wbc" data-wbc-tip={id} data-dismissed="true">
        <button type="button" class="wbc-recall" onClick={() => toggle(false)}>
          {t('tipShow', title)}
        </button>
      </div>
    );
  }
  return (
    <div class="wbc wbc-tip" role="note" aria-label={`${t('tipLabel')}: ${title}`} data-wbc-tip={id}>
      <div class="wbc-tip-head">
        <p class="wbc-tip-title">{title}</p>
        <button type="button" class="wbc-icon-button" aria-label={`${t('tipHide')}: ${title}`} onClick={() => toggle(true)}>
          ×
        </button>
      </div>
      {paragraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
      {links.length > 0 && (
        <ul>
          {links.map((link) => (
            <li key={link.href}>
              <a href={safeHref(link.href)} target="_blank" rel="noopener noreferrer">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Only https: and mailto: links are ever rendered as links. */
export function safeHref(href: string): string | undefined {
  return /^(https:|mailto:)/i.test(href) ? href : undefined;
}
