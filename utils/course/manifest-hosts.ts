// Build time: where the content scripts may run for a course. Pure, so a course's permission set is unit-tested.
import { WORKBENCH_HOST_PATTERNS } from '../workbench-hosts';

/** Identity verification happens on these: the extension never runs there, whatever a course says. */
export const IDENTITY_HOSTS = ['https://*.login.gov/*', 'https://*.id.me/*', 'https://sts.nih.gov/*'];

export interface ContentScriptAccess {
  matches?: string[];
  exclude_matches?: string[];
}

/** Adds the course's extra Workbench hosts to every script that runs on a Workbench host, and the identity exclusions to all. */
export function applyCourseHosts(scripts: ContentScriptAccess[], extraHosts: readonly string[]): void {
  for (const script of scripts) {
    if (script.matches?.some((match) => WORKBENCH_HOST_PATTERNS.includes(match))) {
      script.matches = [...new Set([...script.matches, ...extraHosts])];
    }
    script.exclude_matches = [...new Set([...(script.exclude_matches ?? []), ...IDENTITY_HOSTS])];
  }
}
