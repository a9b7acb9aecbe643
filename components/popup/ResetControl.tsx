import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/domain/i18n/t';

export interface ResetControlProps {
  onReset: () => Promise<boolean>;
}

/** Erasing needs a second, explicit yes; the safe choice has the focus. */
export function ResetControl({ onReset }: ResetControlProps) {
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const close = () => {
    setConfirming(false);
    requestAnimationFrame(() => openRef.current?.focus());
  };

  if (!confirming) {
    return (
      <button
        type="button"
        class="secondary danger"
        ref={openRef}
        data-testid="reset"
        onClick={() => setConfirming(true)}
      >
        {t('popup_reset')}
      </button>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would bring form-group styling to a two-button prompt
    <div
      role="group"
      aria-labelledby="reset-question"
      class="confirm"
      data-testid="reset-confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <p id="reset-question">{t('popup_reset_question')}</p>
      <button
        type="button"
        class="danger"
        data-testid="reset-yes"
        onClick={async () => {
          if (await onReset()) close();
        }}
      >
        {t('popup_reset_yes')}
      </button>{' '}
      <button type="button" class="secondary" ref={cancelRef} onClick={close}>
        {t('popup_cancel')}
      </button>
    </div>
  );
}
