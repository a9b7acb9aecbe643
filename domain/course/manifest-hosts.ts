// Build time: where the content scripts may run for a course. Pure, so a course's permission set is unit-tested.
import { WORKBENCH_HOST_PATTERNS } from '../workbench/workbench-hosts';

/** Identity verification happens on these: the extension never runs there, whatever a course says. */
export const IDENTITY_HOSTS = ['https://*.login.gov/*', 'https://*.id.me/*', 'https://sts.nih.gov/*'];

export interface ContentScriptAccess {
  matches?: string[];
  exclude_matches?: string[];
}

const isRw2Pattern = (pattern: string) => /\.verily\.com\/\*$/.test(pattern);

/**
 * Adds each extra Workbench host to the scripts of its own Workbench (legacy or RW 2.0), and the identity exclusions to
 * all.
 */
export function applyCourseHosts(scripts: ContentScriptAccess[], extraHosts: readonly string[]): void {
  for (const script of scripts) {
    const own = script.matches?.filter((match) => WORKBENCH_HOST_PATTERNS.includes(match)) ?? [];
    if (own.length > 0) {
      const fits = extraHosts.filter((host) => own.some((match) => isRw2Pattern(match) === isRw2Pattern(host)));
      script.matches = [...new Set([...script.matches!, ...fits])];
    }
    script.exclude_matches = [...new Set([...(script.exclude_matches ?? []), ...IDENTITY_HOSTS])];
  }
}
