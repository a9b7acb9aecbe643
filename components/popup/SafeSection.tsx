import type { ComponentChildren } from 'preact';
import { useEffect, useErrorBoundary } from 'preact/hooks';
import { t } from '@/domain/i18n/t';

export interface SafeSectionProps {
  children: ComponentChildren;
  /** A new value (progress read again, reset, imported) tries the section again. */
  retryKey: unknown;
}

/** Keeps a render error in one part of the popup from blanking it: Export and Reset stay outside and usable. */
export function SafeSection({ children, retryKey }: SafeSectionProps) {
  const [error, retry] = useErrorBoundary((caught: unknown) =>
    console.error('[workbench-companion] popup section failed:', caught),
  );
  useEffect(() => {
    if (error) retry();
    // Only a change of what is shown retries; retrying on every render would loop.
  }, [retryKey]);
  if (!error) return <>{children}</>;
  return (
    <p class="error" role="alert" data-testid="render-error">
      {t('popup_render_error', (error as Error)?.message ?? String(error))}
    </p>
  );
}
