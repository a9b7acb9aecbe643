// The longest text each progress field may hold, shared by the event schema (zod) and the zod-free row check.
export const FIELD_LIMITS = {
  source: 200,
  /** "Nov 18, 2026" as the Workbench prints it. */
  shownDate: 40,
  /** Each of a workspace's namespace and name. */
  workspacePart: 200,
  /** An e-mail address (RFC 5321 allows 320 characters). */
  collaborator: 320,
  /** The trainee's name in a hand-in file. */
  traineeName: 80,
} as const;
