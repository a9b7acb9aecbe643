/** @jsxImportSource @/utils/dom-jsx */
import { PrefillPanel } from '@/content-ui/workspace/PrefillPanel';
import { query } from '@/utils/dom';
import { defineFeature, type FeatureRun } from '@/utils/feature-runner';
import { isWorkspaceCreate } from '@/utils/pages';
import { loadLastName } from '@/utils/prefill/storage';
import * as sel from '@/utils/selectors';
import { basicsRow } from '@/utils/tips/workspace-form-tips';

function init(run: FeatureRun) {
  const { document: doc, course } = run;
  // Read while the page is still loading; the panel is placed the moment the form appears, whether or not the read is done.
  let storedLastName: string | Promise<string> = loadLastName().catch(() => '');
  void storedLastName.then((name) => (storedLastName = name));
  // Any part of the form will do: if the Workbench moved the name field, the panel still says what it could not find.
  const formPart = () => query(doc, [sel.workspaceName, sel.intendedStudy, sel.createWorkspaceButton].join(', '));
  // A closed shadow root: the panel shows the trainee's stored last name, which the page must not read.
  run.place('wbc-ws-prefill', () => basicsRow(doc) ?? formPart(), () => <PrefillPanel course={course} doc={doc} storedLastName={storedLastName} waitFor={run.waitFor} />, { append: 'before', closed: true });
}

export const workspacePrefill = defineFeature({ id: 'workspace-prefill', include: [isWorkspaceCreate], init });
