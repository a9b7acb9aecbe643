/** @jsxImportSource @/ui/dom-jsx */
// Inside Researcher Workbench 2.0's sharing dialog: one click puts the course's collaborator into its email field.
import { t } from '@/domain/i18n/t';
import { setText } from '@/prefill/drivers';

export function Rw2ShareHelper({
  email,
  role,
  field,
}: {
  email: string;
  role: string;
  field: () => HTMLInputElement | undefined;
}): Node {
  const status = (<p role="status" aria-live="polite" />) as HTMLElement;
  const put = () => {
    const input = field();
    // Never the dialog's own share or save button: choosing the role and sharing stay the trainee's.
    if (input) setText(input, email);
    status.textContent = input ? t('rw2_share_filled', [email, role]) : t('rw2_share_no_field', email);
  };
  return (
    <div class="wbc wbc-tip" role="note" aria-label={t('rw2_share_title')}>
      <p>
        <button type="button" class="wbc-button" data-action="share-email" onClick={put}>
          {t('rw2_share_fill', email)}
        </button>
      </p>
      {status}
    </div>
  );
}
