// Researcher Workbench 2.0's "New workspace" dialog: a tip beside each field it asks, what to keep and why, and the
// course's summary and description offered where the course has them. The name rule is rw2-workspace-name's.
import type { ScriptCourse } from '@/domain/course/script-course';
import { paragraphsOf, t } from '@/domain/i18n/t';
import { fieldBlock, workspaceDialogField, type NewWorkspaceField } from '@/site/rw2-part3';
import { sourceLink, type PlacedTip } from './tip-content';

/** Text the course offers for a field: shown as text, copied or put in only on the trainee's click. */
export interface TextOffer {
  field: 'summary' | 'description';
  text: string;
}

export interface Rw2FieldTip extends PlacedTip {
  offer?: TextOffer;
}

const below = (field: NewWorkspaceField) => (root: ParentNode) => {
  const control = workspaceDialogField(root, field);
  return control && fieldBlock(control);
};

/** Every tip of the dialog, in its order (details, policies, description); each shows only while its field does. */
export function newWorkspaceTips(course: ScriptCourse): Rw2FieldTip[] {
  const { workspace, instructor, help } = course;
  const tip = (
    field: NewWorkspaceField,
    key: string,
    subs: string[] = [],
    extra: Partial<Rw2FieldTip> = {},
  ): Rw2FieldTip => ({
    id: `rw2-ws-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
    title: t(`${key}_title`),
    paragraphs: paragraphsOf(key, subs),
    anchor: below(field),
    append: 'after',
    links: [sourceLink(help.rw2Introduction)],
    ...extra,
  });
  return [
    workspace.summary
      ? tip('summary', 'rw2_ws_summary_offer', [], { offer: { field: 'summary', text: workspace.summary } })
      : tip('summary', 'rw2_ws_summary'),
    tip('workspaceId', 'rw2_ws_id'),
    tip('pod', 'rw2_ws_pod', [], { links: [sourceLink(help.initialCredits)] }),
    tip('groupPolicy', 'rw2_ws_group_policy', [instructor.email], { links: [sourceLink(help.rw2GroupPolicy)] }),
    tip('region', 'rw2_ws_region'),
    workspace.description
      ? tip('description', 'rw2_ws_description_offer', [], {
          offer: { field: 'description', text: workspace.description },
          links: [sourceLink(help.workspaceDescription)],
        })
      : tip('description', 'rw2_ws_description', [], { links: [sourceLink(help.workspaceDescription)] }),
  ];
}
