// The one mapping of a course's collaborator role: the course value, what both Workbenches show, our own label.

export const COLLABORATOR_ROLES = ['READER', 'WRITER', 'OWNER'] as const;
export type CollaboratorRole = (typeof COLLABORATOR_ROLES)[number];

/** The role's name as both Workbenches show it (English only) in their role pickers and people lists. */
export const WORKBENCH_ROLE_NAMES: Readonly<Record<CollaboratorRole, string>> = {
  READER: 'Reader',
  WRITER: 'Writer',
  OWNER: 'Owner',
};

/** The message naming the role in our own texts (English and Spanish). */
export function roleMessageKey(role: CollaboratorRole): `wsRole_${CollaboratorRole}` {
  return `wsRole_${role}`;
}

/** The course role a Workbench role name stands for ("Reader" → READER), whatever its case. */
export function roleFromWorkbenchName(name: string): CollaboratorRole | undefined {
  const folded = name.trim().toLowerCase();
  return COLLABORATOR_ROLES.find((role) => WORKBENCH_ROLE_NAMES[role].toLowerCase() === folded);
}
