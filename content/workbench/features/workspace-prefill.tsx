/** @jsxImportSource @/ui/dom-jsx */
import { PrefillPanel } from '@/content/ui/panels/PrefillPanel';
import { query } from '@/site/dom';
import { defineFeature, type FeatureRun } from '@/content/runner/feature-runner';
import { isWorkspaceCreate } from '@/site/pages';
import { loadLastName } from '@/state/prefill-notes';
import * as sel from '@/site/selectors';
import { basicsRow } from '@/guidance/workspace-form-tips';

function init(run: FeatureRun) {
  const { document: doc, course } = run;
  // Read while the page is still loading; the panel is placed the moment the form appears, whether or not the read is
  // done.
  let storedLastName: string | Promise<string> = loadLastName().catch(() => '');
  void storedLastName.then((name) => (storedLastName = name));
  // Any part of the form will do: if the Workbench moved the name field, the panel still says what it could not find.
  const formPart = () => query(doc, [sel.workspaceName, sel.intendedStudy, sel.createWorkspaceButton].join(', '));
  // A closed shadow root: the panel shows the trainee's stored last name, which the page must not read.
  run.place(
    'wbc-ws-prefill',
    () => basicsRow(doc) ?? formPart(),
    () => <PrefillPanel course={course} doc={doc} storedLastName={storedLastName} waitFor={run.waitFor} />,
    { append: 'before', closed: true },
  );
}

export const workspacePrefill = defineFeature({ id: 'workspace-prefill', include: [isWorkspaceCreate], init });
