// Researcher Workbench 2.0, adding the All of Us data: the pointer on the workspace's page, then a tip for each step
// of the "Data from catalog" dialog. Picking, ticking and adding stay the trainee's.
import type { ScriptCourse } from '@/domain/course/script-course';
import { paragraphsOf, t } from '@/domain/i18n/t';
import { courseWorkspaceHeading } from '@/site/rw2-page';
import {
  addToWorkspaceButton,
  dataFromCatalogButton,
  fieldBlock,
  fillOutQuestionsButton,
  imSureCheckbox,
  researchUseStatementCard,
  resourcesTabBar,
  selectAllResources,
  shownCollectionTier,
  tierChoiceBlock,
  buttonRowOf,
  catalogDialog,
} from '@/site/rw2-part3';
import { sourceLink, type PlacedTip } from './tip-content';

/** The course's tier as the catalog names it ("Registered Tier"), in the trainee's language where that differs. */
export const tierName = (course: ScriptCourse) => t(`wsTier_${course.workspace.accessTier}`);

/** On the course's workspace while it shows no data: "+ Data from catalog" when it shows, else the tab bar. */
export function addDataPointerTip(course: ScriptCourse): PlacedTip {
  return {
    id: 'rw2-add-data',
    title: t('rw2_add_data_title'),
    paragraphs: paragraphsOf('rw2_add_data', tierName(course)),
    links: [sourceLink(course.help.rw2Introduction)],
    append: 'before',
    anchor: (root) => {
      const heading = courseWorkspaceHeading(root, course.workspace.nameTemplate);
      // Gone once the page shows a collection, and behind the catalog dialog while it is open.
      if (!heading || shownCollectionTier(root) || catalogDialog(root)) return undefined;
      return dataFromCatalogButton(root) ?? resourcesTabBar(root);
    },
  };
}

/** One tip per step of the "Data from catalog" dialog, each shown while its step's control is. */
export function catalogTips(course: ScriptCourse): PlacedTip[] {
  const tier = tierName(course);
  return [
    {
      id: 'rw2-catalog-collection',
      title: t('rw2_catalog_collection_title', tier),
      paragraphs: paragraphsOf('rw2_catalog_collection', tier),
      links: [sourceLink(course.help.rw2Introduction)],
      append: 'before',
      anchor: (root) => tierChoiceBlock(root, course.workspace.accessTier),
    },
    {
      id: 'rw2-catalog-resources',
      title: t('rw2_catalog_resources_title'),
      paragraphs: paragraphsOf('rw2_catalog_resources'),
      links: [sourceLink(course.help.rw2Introduction)],
      append: 'after',
      anchor: (root) => {
        const box = selectAllResources(root);
        return box && fieldBlock(box);
      },
    },
    {
      id: 'rw2-catalog-statement',
      title: t('rw2_catalog_statement_title'),
      paragraphs: paragraphsOf('rw2_catalog_statement'),
      links: [sourceLink(course.help.rw2FormPolicy)],
      append: 'after',
      anchor: (root) => {
        const button = fillOutQuestionsButton(root);
        return button && (researchUseStatementCard(button) ?? button);
      },
    },
    {
      id: 'rw2-catalog-policies',
      title: t('rw2_catalog_policies_title'),
      paragraphs: paragraphsOf('rw2_catalog_policies'),
      links: [sourceLink(course.help.rw2FormPolicy)],
      append: 'before',
      anchor: (root) => {
        const box = imSureCheckbox(root);
        return box && fieldBlock(box);
      },
    },
    {
      id: 'rw2-catalog-add',
      title: t('rw2_catalog_add_title'),
      paragraphs: paragraphsOf('rw2_catalog_add', tier),
      links: [sourceLink(course.help.rw2Introduction)],
      append: 'before',
      anchor: (root) => {
        const button = addToWorkspaceButton(root);
        return button && buttonRowOf(button);
      },
    },
  ];
}
