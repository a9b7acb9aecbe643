// Where the training workspace is made: Researcher Workbench 2.0 (default) or the legacy form for testers.

export const LEGACY_ORIGIN = 'https://workbench.researchallofus.org';
export const RW2_ORIGIN = 'https://workbench.verily.com';
/** The RW 2.0 Workspaces page, where its "New workspace" button is. */
export const RW2_WORKSPACES_URL = `${RW2_ORIGIN}/workspaces`;
export const LEGACY_CREATE_URL = `${LEGACY_ORIGIN}/workspaces/build`;

export const WORKSPACE_PLATFORMS = ['rw2', 'legacy'] as const;
export type WorkspacePlatform = (typeof WORKSPACE_PLATFORMS)[number];

export const isRw2Host = (url: URL): boolean => url.protocol === 'https:' && url.hostname === 'workbench.verily.com';

/** Every "next: create your workspace" link: the legacy form only when the course says its trainees test it. */
export function workspaceCreateUrl(platform: WorkspacePlatform | undefined): string {
  return platform === 'legacy' ? LEGACY_CREATE_URL : RW2_WORKSPACES_URL;
}
