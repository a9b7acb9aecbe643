// Which control is which course field, by meaning: a pure function of the collected facts (no DOM).
import * as tm from '../site/text-matches';
import type { ControlKind, QuestionId, QuestionRef } from './collect';
import type { FieldId } from './plan';

/** A field answered by typing or picking: one control under its question (and, for a box, with its option's text). */
interface SingleRule {
  kind: ControlKind;
  question: QuestionId;
  option?: RegExp;
  /** Only the control right after this field's box (the "Other" text belongs to the "Other" box). */
  follows?: FieldId;
}

/** A field answered by one radio of a group: each answer key is recognised by its option's text. */
interface ChoiceRule {
  kind: 'radio';
  question: QuestionId;
  options: Record<string, RegExp>;
}

export const FIELD_RULES: Record<FieldId, SingleRule | ChoiceRule> = {
  name: { kind: 'text', question: 'workspaceName' },
  accessTier: { kind: 'select', question: 'accessTier' },
  datasetVersion: { kind: 'select', question: 'datasetVersion' },
  educational: { kind: 'checkbox', question: 'primaryPurpose', option: tm.educationalOption },
  intendedStudy: { kind: 'text', question: 'intendedStudy' },
  scientificApproach: { kind: 'text', question: 'scientificApproach' },
  anticipatedFindings: { kind: 'text', question: 'anticipatedFindings' },
  disseminationOther: { kind: 'checkbox', question: 'dissemination', option: tm.otherOption },
  disseminationOtherText: { kind: 'text', question: 'dissemination', follows: 'disseminationOther' },
  outcomeNone: { kind: 'checkbox', question: 'outcomes', option: tm.noneOfTheseOutcomesOption },
  population: { kind: 'radio', question: 'population', options: { yes: tm.yesOption, no: tm.noOption } },
  aianType: {
    kind: 'radio',
    question: 'aianType',
    options: {
      EXCLUSIVE_AI_AN_POPULATION: tm.aianExclusiveOption,
      CASE_CONTROL_AI_AN: tm.aianCaseControlOption,
      FINDINGS_BY_AI_AN: tm.aianFindingsByOption,
      NO_AI_AN_ANALYSIS: tm.aianNoAnalysisOption,
    },
  },
  aianDetails: { kind: 'text', question: 'aianDetails' },
  review: { kind: 'radio', question: 'review', options: { true: tm.yesOption, false: tm.noOption } },
};

/** The answers of a choice field (radios or a dropdown), each by the meaning of its option's text. */
export function choiceMeanings(field: FieldId): Record<string, RegExp> | undefined {
  const rule = FIELD_RULES[field];
  return 'options' in rule ? rule.options : undefined;
}

/** What `resolve` needs of a control: its widget kind, the question it sits under and the texts naming it. */
export interface ControlFacts {
  kind: ControlKind;
  question?: QuestionRef;
  names: string[];
}

/** Indexes into the controls: one control, or (radios) one control per answer key. */
export type Resolution =
  | { status: 'found'; control: number }
  | { status: 'found'; options: Record<string, number> }
  | { status: 'not-found' }
  | { status: 'not-sure'; candidates: number };

const named = (control: ControlFacts, option: RegExp) => control.names.some((name) => option.test(name));

/** One field: exactly one match is found, none is not found, more than one is "not sure" (never guessed). */
export function resolveField(field: FieldId, controls: ControlFacts[]): Resolution {
  const rule = FIELD_RULES[field];
  // A box's own text box may have lost its question to an earlier text box: it still counts, unless it names another.
  const fits = (control: ControlFacts) =>
    control.question === rule.question ||
    (!('options' in rule) && rule.follows !== undefined && control.question === undefined);
  const under = controls.flatMap((control, index) => (control.kind === rule.kind && fits(control) ? [index] : []));
  if ('options' in rule) {
    const options: Record<string, number> = {};
    for (const [key, option] of Object.entries(rule.options)) {
      const matches = under.filter((i) => named(controls[i]!, option));
      // The same control read as two answers ("Yes … no …") is as unsure as two controls for one answer.
      if (matches.length > 1 || matches.some((i) => Object.values(options).includes(i)))
        return { status: 'not-sure', candidates: matches.length };
      if (matches.length === 1) options[key] = matches[0]!;
    }
    if (Object.keys(options).length) return { status: 'found', options };
    // The same choice offered as a dropdown (a select, a combobox with a listbox): its option is picked when filling.
    const lists = controls.flatMap((control, index) =>
      control.kind === 'select' && control.question === rule.question ? [index] : [],
    );
    if (lists.length > 1) return { status: 'not-sure', candidates: lists.length };
    return lists.length === 1 ? { status: 'found', control: lists[0]! } : { status: 'not-found' };
  }
  let matches = rule.option ? under.filter((i) => named(controls[i]!, rule.option!)) : under;
  if (rule.follows) {
    const parent = resolveField(rule.follows, controls);
    if (parent.status === 'not-sure') return parent;
    matches = parent.status === 'found' && 'control' in parent ? matches.filter((i) => i === parent.control + 1) : [];
  }
  if (matches.length === 1) return { status: 'found', control: matches[0]! };
  return matches.length ? { status: 'not-sure', candidates: matches.length } : { status: 'not-found' };
}
