// Tips for the legacy workspace form (/workspaces/build), in page order, and where each one sits.
import type { ScriptCourse } from '@/domain/course/script-course';
import { query, queryAll } from '@/site/dom';
import type { Anchor, Placement } from '@/site/anchor';
import { paragraphsOf, t } from '@/domain/i18n/t';
import { composeWorkspaceName } from '@/prefill/plan';
import * as sel from '@/site/selectors';
import { sourceLink, type TipLink } from './tip-content';

/** The row holding the name, tier and dataset pickers (the prefill panel sits above it, the tier tip below). */
export function basicsRow(doc: Document): Element | undefined {
  const name = query(doc, sel.workspaceName);
  let row = query(doc, sel.accessTierPicker)?.parentElement;
  while (name && row && !row.contains(name)) row = row.parentElement;
  return row ?? name ?? undefined;
}

export interface FormTip {
  id: string;
  place: (doc: Document) => Anchor;
  title: string;
  paragraphs: string[];
  links: TipLink[];
}

/** A place beside an element, if the page has it. */
const spot = (anchor: Element | null | undefined, append: Placement = 'after'): Anchor => anchor && { anchor, append };

/** Every tip of the form, in page order; texts come from the course where the course decides. */
export function formTips(course: ScriptCourse, doc: Document): FormTip[] {
  const { workspace, instructor, help } = course;
  const aian = Boolean(query(doc, sel.aianSection) || query(doc, sel.aianOption));
  const review = aian ? '7' : '6';
  const example = composeWorkspaceName(workspace.nameTemplate, 'Garcia')?.value ?? workspace.nameTemplate;
  const tier = t(`wsTier_${workspace.accessTier}`);
  // Every form tip's facts come from the Support Hub's article on the workspace description, unless said otherwise.
  const tip = (
    id: string,
    place: FormTip['place'],
    keys: string[],
    subs: string[] = [],
    source = help.workspaceDescription,
  ): FormTip => ({
    id: `ws-${id}`,
    place,
    title: t(keys[0]!, subs),
    paragraphs: keys.slice(1).flatMap((key) => paragraphsOf(key, subs)),
    links: [sourceLink(source)],
  });
  return [
    tip(
      'name',
      (d) => spot(query(d, sel.workspaceName)),
      ['wsTipNameTitle', 'wsTipName'],
      [workspace.nameTemplate, example],
    ),
    tip(
      'tier',
      (d) => spot(query(d, sel.accessTierPicker) && basicsRow(d)),
      ['wsTipTierTitle', 'wsTipTier', workspace.datasetVersion ? 'wsTipDatasetCourse' : 'wsTipDataset'],
      [tier, workspace.datasetVersion ?? ''],
    ),
    tip(
      'billing',
      (d) => spot(query(d, sel.billingContainer)?.parentElement),
      ['wsTipBillingTitle', 'wsTipBilling'],
      [],
      help.initialCredits,
    ),
    tip('q1', (d) => spot(query(d, sel.educationalPurpose)?.parentElement), ['wsTipQ1Title', 'wsTipQ1']),
    tip('q2', (d) => spot(query(d, sel.summaryQuestion), 'before'), ['wsTipQ2Title', 'wsTipQ2']),
    tip('q3', (d) => spot(query(d, sel.disseminationOther)?.parentElement), ['wsTipQ3Title', 'wsTipQ3']),
    tip('q4', (d) => spot(query(d, sel.outcomeNoneApply)?.parentElement), ['wsTipQ4Title', 'wsTipQ4']),
    tip('q5', (d) => spot(query(d, sel.populationNo)?.parentElement), ['wsTipQ5Title', 'wsTipQ5']),
    tip('aian', (d) => spot(query(d, sel.aianSection)), ['wsTipAianTitle', 'wsTipAian']),
    tip(
      'review',
      (d) => spot(queryAll(d, sel.reviewRadio).at(-1)?.parentElement),
      ['wsTipReviewTitle', course.answers.requestReview ? 'wsTipReviewYes' : 'wsTipReview'],
      [review],
    ),
    tip(
      'confirm',
      (d) => spot(query(d, sel.confirmButton)?.parentElement, 'before'),
      ['wsTipConfirmTitle', 'wsTipConfirm', workspace.collaborator ? 'wsTipConfirmShare' : 'wsTipConfirmLater'],
      [workspace.collaborator?.email ?? instructor.email],
      help.sharingWorkspaces,
    ),
  ];
}
