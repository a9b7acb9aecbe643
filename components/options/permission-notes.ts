// Why the extension has each permission and site access, read from its own manifest.
import { t } from '@/domain/i18n/t';
import { WORKBENCH_ORIGIN } from '@/site/pages';
import { WORKBENCH_HOST_PATTERNS } from '@/domain/workbench/workbench-hosts';
import { RW2_ORIGIN } from '@/domain/workbench/workspace-platform';

export interface ManifestAccess {
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[]; exclude_matches?: string[] }>;
}

export interface PermissionNote {
  id: string;
  text: string;
  /** No explanation is recorded: a permission was added without saying why. */
  unexplained: boolean;
}

const PERMISSION_KEYS: Record<string, string> = { storage: 'options_permission_storage' };

function siteNote(pattern: string): PermissionNote {
  if (pattern.startsWith(`${WORKBENCH_ORIGIN}/`))
    return { id: pattern, text: t('options_site_workbench', pattern), unexplained: false };
  if (pattern.startsWith(`${RW2_ORIGIN}/`))
    return { id: pattern, text: t('rw2_options_site', pattern), unexplained: false };
  if (pattern.startsWith('https://accounts.google.com/'))
    return { id: pattern, text: t('options_site_google', pattern), unexplained: false };
  // Other Workbench hosts come from the course's extraHosts; any other site is unexplained.
  if (WORKBENCH_HOST_PATTERNS.includes(pattern))
    return { id: pattern, text: t('options_site_extra', pattern), unexplained: false };
  return { id: pattern, text: t('options_permission_unknown', pattern), unexplained: true };
}

export function permissionNotes(manifest: ManifestAccess): PermissionNote[] {
  const permissions = (manifest.permissions ?? []).map((permission): PermissionNote => {
    const key = PERMISSION_KEYS[permission];
    return key
      ? { id: permission, text: t(key), unexplained: false }
      : { id: permission, text: t('options_permission_unknown', permission), unexplained: true };
  });
  const scripts = manifest.content_scripts ?? [];
  const sites = [
    ...new Set([...(manifest.host_permissions ?? []), ...scripts.flatMap((script) => script.matches ?? [])]),
  ].map(siteNote);
  const excluded = [...new Set(scripts.flatMap((script) => script.exclude_matches ?? []))];
  const exclusions = excluded.length
    ? [{ id: 'excluded', text: t('options_site_excluded', excluded.join(', ')), unexplained: false }]
    : [];
  return [...permissions, ...sites, ...exclusions];
}
