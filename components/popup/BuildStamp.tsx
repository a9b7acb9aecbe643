import { t } from '@/domain/i18n/t';

export interface BuildStampProps {
  fingerprint: string;
  /** Set when an IT policy changed the course: the fingerprint of what trainees actually get. */
  policyFingerprint?: string;
}

/** The build fingerprint instructors compare; small, at the bottom, as trainees rarely need it. */
export function BuildStamp({ fingerprint, policyFingerprint }: BuildStampProps) {
  return (
    <p class="muted build-stamp">
      {t('popup_fingerprint_label')} <code data-testid="fingerprint">{fingerprint}</code>
      {policyFingerprint && (
        <>
          {' · '}
          {t('popup_policy_fingerprint_label')} <code data-testid="policy-fingerprint">{policyFingerprint}</code>
        </>
      )}
    </p>
  );
}
