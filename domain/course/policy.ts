// IT policy over the course: built-in default < course file < policy. Policy values pass the same
// schema rules as course files; a value that fails is ignored with a warning, never a crash.
import { isPlainObject, type PolicyValues } from './managed-policy';
import { HELP_LINK_IDS, type Course } from './schema';
import { courseFingerprint, validateCourse, type CourseProblem } from './validate';

/** Every course value an administrator may set, as dotted paths (public/managed_schema.json mirrors it). */
export const POLICY_PATHS: readonly string[] = [
  'instructor.name',
  'instructor.email',
  'welcome.en',
  'welcome.es',
  'notRequiredSteps',
  'workspace.nameTemplate',
  'workspace.platform',
  'workspace.accessTier',
  'workspace.datasetVersion',
  'workspace.collaborator.email',
  'workspace.collaborator.role',
  'help.helpDeskEmail',
  ...HELP_LINK_IDS.map((id) => `help.${id}`),
];

export type PolicyWarning = CourseProblem;

export interface PolicyResult {
  course: Course;
  /** Dotted paths whose value came from the policy (shown as locked). */
  lockedPaths: string[];
  warnings: PolicyWarning[];
  /** Fingerprint of the course after policy, when the policy set anything. */
  policyFingerprint?: string;
}

type Leaf = { path: string; value: unknown };

export function applyPolicy(course: Course, policy: PolicyValues | undefined): PolicyResult {
  const { leaves, warnings } = policyLeaves(policy ?? {}, '');
  let kept = leaves;
  for (let attempt = 0; attempt <= leaves.length; attempt++) {
    const result = validateCourse(mergeLeaves(course, kept));
    if (result.ok) {
      const lockedPaths = kept.map((leaf) => leaf.path);
      return {
        course: result.course,
        lockedPaths,
        warnings,
        ...(lockedPaths.length ? { policyFingerprint: courseFingerprint(result.course) } : {}),
      };
    }
    const rejected = new Set<Leaf>();
    for (const problem of result.problems) {
      const blamed = blame(kept, problem.path);
      for (const leaf of blamed) rejected.add(leaf);
      if (blamed.length) warnings.push({ ...problem, path: blamed.length === 1 ? blamed[0]!.path : problem.path });
    }
    // A problem no single value explains: fall back to the course file entirely.
    if (rejected.size === 0) break;
    kept = kept.filter((leaf) => !rejected.has(leaf));
  }
  warnings.push({
    path: '(policy)',
    rule: 'could not be combined with the course file, so it was ignored',
    received: 'several values',
  });
  return { course, lockedPaths: [], warnings };
}

function policyLeaves(node: PolicyValues, prefix: string): { leaves: Leaf[]; warnings: PolicyWarning[] } {
  const leaves: Leaf[] = [];
  const warnings: PolicyWarning[] = [];
  for (const [key, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (POLICY_PATHS.includes(path)) {
      leaves.push({ path, value });
    } else if (!POLICY_PATHS.some((known) => known.startsWith(`${path}.`))) {
      warnings.push({ path, rule: 'is not a setting an administrator can set', received: 'an unknown key' });
    } else if (!isPlainObject(value)) {
      warnings.push({ path, rule: 'must be an object', received: Array.isArray(value) ? 'array' : typeof value });
    } else {
      const inner = policyLeaves(value, path);
      leaves.push(...inner.leaves);
      warnings.push(...inner.warnings);
    }
  }
  return { leaves, warnings };
}

function mergeLeaves(course: Course, leaves: Leaf[]): unknown {
  const merged = JSON.parse(JSON.stringify(course)) as Record<string, unknown>;
  for (const { path, value } of leaves) {
    const keys = path.split('.');
    let target = merged;
    for (const key of keys.slice(0, -1)) {
      const current = target[key];
      // A one-language text becomes per-language when policy sets one of its languages.
      target[key] = isPlainObject(current) ? current : typeof current === 'string' ? { en: current } : {};
      target = target[key] as Record<string, unknown>;
    }
    target[keys[keys.length - 1]!] = value;
  }
  return merged;
}

/** Which policy values a schema problem comes from. */
function blame(leaves: Leaf[], problemPath: string): Leaf[] {
  const direct = leaves.filter(
    (leaf) =>
      leaf.path === problemPath || problemPath.startsWith(`${leaf.path}.`) || leaf.path.startsWith(`${problemPath}.`),
  );
  if (direct.length) return direct;
  // e.g. policy gave a collaborator role but the course has no collaborator email
  const parent = problemPath.split('.').slice(0, -1).join('.');
  return parent ? leaves.filter((leaf) => leaf.path.startsWith(`${parent}.`)) : [];
}
