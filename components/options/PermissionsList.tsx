import { browser } from 'wxt/browser';
import { t } from '@/domain/i18n/t';
import { permissionNotes, type ManifestAccess } from './permission-notes';

export function PermissionsList({
  manifest = browser.runtime.getManifest() as ManifestAccess,
}: {
  manifest?: ManifestAccess;
}) {
  return (
    <section aria-labelledby="permissions">
      <h2 id="permissions">{t('options_permissions_title')}</h2>
      <ul class="permissions">
        {permissionNotes(manifest).map((note) => (
          <li
            key={note.id}
            data-permission={note.id}
            data-unexplained={note.unexplained ? 'true' : undefined}
            class={note.unexplained ? 'warn' : undefined}
          >
            {note.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
