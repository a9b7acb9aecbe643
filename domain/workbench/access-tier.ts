// The All of Us data tiers a course asks for and a workspace's data collection comes from (one per workspace).

export const ACCESS_TIERS = ['registered', 'controlled'] as const;
export type AccessTier = (typeof ACCESS_TIERS)[number];

export function isAccessTier(value: unknown): value is AccessTier {
  return (ACCESS_TIERS as readonly unknown[]).includes(value);
}
