// What goes where on a Research Use Statement form (legacy /workspaces/build or RW 2.0's pages):
// a pure function of (course, page facts, options).
import type { ScriptCourse } from '../domain/course/script-course';
import { foldSpaces } from '../domain/text/fold-spaces';

/** The Workbench's name limit; kept here (a test ties it to the schema's) so zod stays out of the content script. */
export const NAME_LIMIT = 80;

export type WidgetKind = 'text' | 'checkbox' | 'radio' | 'select';

/** In the order the Workbench validates them (and a person fills them). */
export const FIELD_KINDS = {
  name: 'text',
  accessTier: 'select',
  datasetVersion: 'select',
  educational: 'checkbox',
  intendedStudy: 'text',
  scientificApproach: 'text',
  anticipatedFindings: 'text',
  disseminationOther: 'checkbox',
  disseminationOtherText: 'text',
  outcomeNone: 'checkbox',
  population: 'radio',
  aianType: 'radio',
  aianDetails: 'text',
  review: 'radio',
} as const satisfies Record<string, WidgetKind>;
export type FieldId = keyof typeof FIELD_KINDS;
export const FIELD_IDS = Object.keys(FIELD_KINDS) as FieldId[];

export interface SelectOption {
  value: string;
  label: string;
}

/** What the page shows for one field: a text, a checked state, the checked radio's key ('' = none), a select's value;
 * or nothing, because no widget matches (or `notSure`: more than one does, and the prefill never guesses). */
export type FieldFact =
  | { present: false; notSure?: boolean }
  | { present: true; value: string | boolean; options?: SelectOption[] };
export type FormFacts = Partial<Record<FieldId, FieldFact>>;

export type PlanStatus = 'apply' | 'same' | 'kept-user' | 'not-found' | 'not-sure' | 'needs-last-name';

/** Fields a form may show only once another answer is given (the "Other" text once "Other" is ticked). */
export const APPEARS_AFTER: Partial<Record<FieldId, FieldId>> = { disseminationOtherText: 'disseminationOther' };

export interface PlannedAction {
  field: FieldId;
  kind: WidgetKind;
  /** Text, wanted checked state, radio key, or select value/label to match. */
  value: string | boolean;
  status: PlanStatus;
  /** The last name was cut so the name fits the Workbench's 80 characters. */
  shortened?: boolean;
}

export interface Plan {
  actions: PlannedAction[];
  /** AI/AN questions present (Workbench datasets v8+): the review question is then 7, else 6. */
  aian: boolean;
  reviewQuestion: 6 | 7;
}

export interface PlanOptions {
  lastName?: string;
  /** The trainee confirmed that their own answers may be replaced. */
  overwrite?: boolean;
  /** Only these fields (e.g. one page of a multi-page dialog); default all. */
  fields?: readonly FieldId[];
}

export function needsLastName(template: string): boolean {
  return template.includes('{lastName}');
}

/** The course's name with the trainee's last name, cut (last name only) to the Workbench's limit. */
export function composeWorkspaceName(
  template: string,
  lastName = '',
): { value: string; shortened: boolean } | undefined {
  const last = foldSpaces(lastName);
  if (!needsLastName(template)) return { value: template.slice(0, NAME_LIMIT), shortened: false };
  if (!last) return undefined;
  const slots = template.split('{lastName}').length - 1;
  const room = Math.floor((NAME_LIMIT - template.replaceAll('{lastName}', '').length) / slots);
  const fitted = last.slice(0, Math.max(1, room)).trim();
  return { value: template.replaceAll('{lastName}', fitted), shortened: fitted !== last };
}

/** True when the page holds the AI/AN questions; decided from the page, never from a dataset version. */
export function hasAianSection(facts: FormFacts): boolean {
  const shown = (fact: FieldFact | undefined) => Boolean(fact?.present || fact?.notSure);
  return shown(facts.aianType) || shown(facts.aianDetails);
}

export function planPrefill(course: ScriptCourse, facts: FormFacts, options: PlanOptions = {}): Plan {
  const { answers, workspace } = course;
  const aian = hasAianSection(facts);
  const overwrite = options.overwrite === true;
  const actions: PlannedAction[] = [];
  const add = (
    field: FieldId,
    value: string | boolean,
    decide: (fact: Extract<FieldFact, { present: true }>) => PlanStatus,
    extra = {},
  ) => {
    const fact = facts[field];
    const parent = APPEARS_AFTER[field];
    // A text that appears only after its box is ticked is planned from the box; the apply layer waits for it.
    const appears = !fact?.present && !fact?.notSure && parent !== undefined && facts[parent]?.present === true;
    const status = fact?.present ? decide(fact) : appears ? 'apply' : fact?.notSure ? 'not-sure' : 'not-found';
    actions.push({ field, kind: FIELD_KINDS[field], value, status, ...extra });
  };
  const text = (current: unknown, want: string): PlanStatus => {
    const now = String(current ?? '').trim();
    if (now === want.trim()) return 'same';
    return now === '' || overwrite ? 'apply' : 'kept-user';
  };
  const box = (current: unknown): PlanStatus => (current === true ? 'same' : 'apply');
  const radio = (current: unknown, want: string): PlanStatus =>
    current === want ? 'same' : current === '' || overwrite ? 'apply' : 'kept-user';

  const name = composeWorkspaceName(workspace.nameTemplate, options.lastName);
  if (name) add('name', name.value, (f) => text(f.value, name.value), name.shortened ? { shortened: true } : {});
  else actions.push({ field: 'name', kind: 'text', value: '', status: 'needs-last-name' });

  add('accessTier', workspace.accessTier, (f) => {
    if (!f.options?.some((o) => o.value === workspace.accessTier)) return 'not-found';
    if (f.value === workspace.accessTier) return 'same';
    return f.value === f.options[0]?.value || overwrite ? 'apply' : 'kept-user';
  });
  const tierChanges = actions.at(-1)?.status === 'apply';
  const version = workspace.datasetVersion;
  // Changing the tier resets the dataset version, so the version is decided again after the tier.
  if (version)
    add('datasetVersion', version, (f) =>
      !tierChanges && matchOption(f.options ?? [], version)?.value === f.value ? 'same' : 'apply',
    );

  add('educational', true, (f) => box(f.value));
  add('intendedStudy', answers.intendedStudy, (f) => text(f.value, answers.intendedStudy));
  add('scientificApproach', answers.scientificApproach, (f) => text(f.value, answers.scientificApproach));
  add('anticipatedFindings', answers.anticipatedFindings, (f) => text(f.value, answers.anticipatedFindings));
  add('disseminationOther', true, (f) => box(f.value));
  add('disseminationOtherText', answers.disseminationOther, (f) => text(f.value, answers.disseminationOther));
  add('outcomeNone', true, (f) => box(f.value));
  add('population', 'no', (f) => radio(f.value, 'no'));
  if (aian) {
    add('aianType', answers.aianResearchType, (f) => radio(f.value, answers.aianResearchType));
    add('aianDetails', answers.aianResearchDetails, (f) => text(f.value, answers.aianResearchDetails));
  }
  const review = String(answers.requestReview);
  add('review', review, (f) => radio(f.value, review));
  const wanted = options.fields;
  return {
    actions: wanted ? actions.filter((a) => wanted.includes(a.field)) : actions,
    aian,
    reviewQuestion: aian ? 7 : 6,
  };
}

/** An option whose value or label is the wanted text, else one whose label ends with it ("… v8"). */
export function matchOption(options: SelectOption[], wanted: string): SelectOption | undefined {
  const want = wanted.trim().toLowerCase();
  const norm = (s: string) => s.trim().toLowerCase();
  return (
    options.find((o) => norm(o.value) === want || norm(o.label) === want) ??
    options.find((o) => norm(o.label).endsWith(want))
  );
}

/** Fields the trainee had written themselves and the plan kept. */
export function keptFields(plan: Plan): FieldId[] {
  return plan.actions.filter((a) => a.status === 'kept-user').map((a) => a.field);
}
