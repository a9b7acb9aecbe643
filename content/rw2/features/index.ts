import { rw2DataCollectionTips } from './rw2-data-collection-tips';
import { rw2NewWorkspaceTips } from './rw2-new-workspace-tips';
import { rw2Progress } from './rw2-progress';
import { rw2ResearchPurpose } from './rw2-research-purpose';
import { rw2ShareWithInstructor } from './rw2-share-with-instructor';
import { rw2WorkspaceName } from './rw2-workspace-name';

/**
 * Every behaviour on Researcher Workbench 2.0 pages; adding one = adding its file and a line here (and a README row).
 */
export const features = [
  rw2WorkspaceName,
  rw2NewWorkspaceTips,
  rw2ResearchPurpose,
  rw2DataCollectionTips,
  rw2ShareWithInstructor,
  rw2Progress,
];
