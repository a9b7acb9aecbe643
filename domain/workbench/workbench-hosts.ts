// Every host the Researcher Workbench UI is served from (the public all-of-us/workbench source's environments),
// and nothing else: a course's extraHosts may add only these to where the content script runs.
export const WORKBENCH_HOSTS = [
  'workbench.researchallofus.org',
  'preprod-workbench.researchallofus.org',
  'stable.fake-research-aou.org',
  'staging.fake-research-aou.org',
  'test.fake-research-aou.org',
  // Researcher Workbench 2.0 (Verily): production, and its test host.
  'workbench.verily.com',
  'workbench-dev.verily.com',
] as const;

/** The content-script match pattern for a host. */
export const hostPattern = (host: string) => `https://${host}/*`;

export const WORKBENCH_HOST_PATTERNS = WORKBENCH_HOSTS.map(hostPattern) as [string, ...string[]];
