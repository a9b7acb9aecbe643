/** @jsxImportSource @/ui/dom-jsx */
// Researcher Workbench 2.0: on the page (or dialog page) that asks for the workspace name, the course's name rule.
import { Rw2NameOffer } from '@/content/ui/panels/Rw2NameOffer';
import { defineFeature, type FeatureRun } from '@/content/runner/feature-runner';
import { isResearcherWorkbench2 } from '@/site/pages';
import { collectPage } from '@/prefill/collect';
import { resolveField } from '@/prefill/resolve';
import { fieldGroup } from '@/site/field-group';

/** The one text field the page names "Workspace name"; none (or two) and nothing is offered. */
export function workspaceNameField(root: ParentNode): HTMLInputElement | HTMLTextAreaElement | undefined {
  const { controls } = collectPage(root);
  const found = resolveField('name', controls);
  return found.status === 'found' && 'control' in found ? (controls[found.control]!.el as HTMLInputElement) : undefined;
}

function init(run: FeatureRun) {
  const { document: doc, course } = run;
  run.place(
    'wbc-rw2-name',
    // Beside the whole labelled field (e.g. Material UI's TextField root), never inside the input's own box.
    () => {
      const field = workspaceNameField(doc);
      return field && fieldGroup([field]);
    },
    () => <Rw2NameOffer course={course} field={() => workspaceNameField(doc)} />,
  );
}

export const rw2WorkspaceName = defineFeature({ id: 'rw2-workspace-name', include: [isResearcherWorkbench2], init });
