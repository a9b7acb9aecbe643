/** @jsxImportSource @/utils/dom-jsx */
import { Isolated } from '@/components/workspace/Isolated';
import { PrefillPanel } from '@/components/workspace/PrefillPanel';
import { query, waitForElement } from '@/utils/dom';
import { defineFeature, type FeatureRun } from '@/utils/feature-runner';
import { isWorkspaceCreate } from '@/utils/pages';
import * as sel from '@/utils/selectors';

/** The row holding the name, tier and dataset pickers, so the panel sits above the whole form. */
export function basicsRow(doc: Document): Element | undefined {
  const name = query(doc, sel.workspaceName);
  let row = query(doc, sel.accessTierPicker)?.parentElement;
  while (name && row && !row.contains(name)) row = row.parentElement;
  return row ?? name ?? undefined;
}

async function init(run: FeatureRun) {
  const { document: doc, signal, course } = run;
  // Any part of the form will do: if the Workbench moved the name field, the panel still says what it could not find.
  const found = await waitForElement(doc.body, [sel.workspaceName, sel.intendedStudy, sel.createWorkspaceButton].join(', '), signal);
  if (!found) return;
  await run.mount({
    name: 'wbc-ws-prefill',
    anchor: basicsRow(doc) ?? found,
    append: 'before',
    render: () => (
      <Isolated>
        <PrefillPanel course={course} doc={doc} />
      </Isolated>
    ),
  });
}

export const workspacePrefill = defineFeature({ id: 'workspace-prefill', include: [isWorkspaceCreate], init });
