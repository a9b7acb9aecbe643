/** @jsxImportSource @/ui/dom-jsx */
// Beside a text field of Researcher Workbench 2.0's workspace dialog: the course's text, a Copy and a "Put it in",
// each only on the trainee's click (the dialog's own buttons stay theirs).
import { t } from '@/domain/i18n/t';
import type { TipProps } from '@/guidance/tip-content';
import { setText } from '@/prefill/drivers';
import { copyText } from '@/ui/clipboard';

export function Rw2TextOffer({
  tip,
  text,
  field,
}: {
  tip: TipProps;
  text: string;
  field: () => HTMLInputElement | HTMLTextAreaElement | undefined;
}): Node {
  const status = (<p role="status" aria-live="polite" />) as HTMLElement;
  const copy = async (button: HTMLButtonElement) => {
    const copied = await copyText(text);
    button.focus();
    status.textContent = copied ? t('rw2_copied_status', tip.title) : t('rw2_copy_failed');
  };
  const put = () => {
    const input = field();
    if (input) setText(input, text);
    status.textContent = input ? t('rw2_offer_done', tip.title) : t('notFoundDoByHand', tip.title);
  };
  return (
    <div class="wbc wbc-tip" role="note" aria-label={tip.title} data-wbc-tip={tip.id}>
      <p class="wbc-tip-title">{tip.title}</p>
      {tip.paragraphs.map((paragraph) => (
        <p>{paragraph}</p>
      ))}
      <p class="wbc-answer" data-offer="">
        {text}
      </p>
      <p>
        <button
          type="button"
          class="wbc-button"
          data-action="put"
          aria-label={t('rw2_offer_put_label', tip.title)}
          onClick={put}
        >
          {t('rw2_offer_put')}
        </button>{' '}
        <button
          type="button"
          class="wbc-button secondary"
          data-copy=""
          aria-label={t('rw2_copy_label', tip.title)}
          onClick={(event) => void copy(event.currentTarget as HTMLButtonElement)}
        >
          {t('rw2_copy')}
        </button>
      </p>
      {status}
    </div>
  );
}
