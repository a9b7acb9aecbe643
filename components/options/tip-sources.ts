// Every tip a trainee can meet, built by the same functions the content scripts use, for the preview.
import { ACCESS_MODULES, type AccessModuleName } from '@/site/access-modules';
import type { Course } from '@/domain/course/schema';
import { t } from '@/domain/i18n/t';
import type { LoginStep } from '@/site/pages';
import {
  identityAbroadTip,
  identityWaitingTip,
  initialCreditsTip,
  moduleTip,
  renewalTip,
  workspacePointerTip,
} from '@/guidance/access-tips';
import { codeOfConductPageTips, codeOfConductUpdateTip } from '@/guidance/ducc-tips';
import { google403Tip } from '@/guidance/google-403-tips';
import { emailRejectedTip, loginTips } from '@/guidance/login-tips';
import { recoveryTip, type DeadEnd } from '@/guidance/recovery-tips';
import { shareTip } from '@/guidance/share-tips';
import { addDataPointerTip, catalogTips } from '@/guidance/rw2-data-tips';
import { rw2ShareTip } from '@/guidance/rw2-share-tips';
import { newWorkspaceTips, type Rw2FieldTip } from '@/guidance/rw2-workspace-tips';
import { formTips } from '@/guidance/workspace-form-tips';
import type { TipLink } from '@/guidance/tip-content';
import { workspaceMovedTip, type MovedMoment } from '@/guidance/workspace-moved-tips';
import type { PreviewPageId } from './preview-values';

export interface PreviewTip {
  id: string;
  title: string;
  paragraphs: string[];
  links: TipLink[];
}

const LOGIN_STEPS: LoginStep[] = ['landing', 'terms', 'institution', 'details', 'success'];
const MOVED_MOMENTS: MovedMoment[] = ['modal', 'banner', 'redirect'];
const DEAD_ENDS: DeadEnd[] = [
  '/sign-in-again',
  '/session-expired',
  '/not-found',
  '/user-disabled',
  'authority-missing',
];

type TipLike = { id: string; title: string; paragraphs: string[]; links?: TipLink[] };
const plain = ({ id, title, paragraphs, links = [] }: TipLike): PreviewTip => ({ id, title, paragraphs, links });

/** A tip offering the course's text shows that text as its last paragraph, as the trainee sees it. */
function withOffer({ offer, ...tip }: Rw2FieldTip): TipLike {
  return offer ? { ...tip, paragraphs: [...tip.paragraphs, offer.text] } : tip;
}

/** The Google 403 banner is plain DOM (its script's size budget); the same texts and links. */
function google403Banner(help: Course['help']): PreviewTip {
  const { title, paragraphs, back, links } = google403Tip(help, t);
  return { id: 'google-403', title, paragraphs, links: [back, ...links] };
}

/** The production dataset (v8) shows the AI/AN question, which moves the review question to number 7. */
function withAianSection(doc: Document): Document {
  const form = doc.implementation.createHTMLDocument('');
  const section = form.createElement('div');
  section.setAttribute('data-test-id', 'aianResearchDetails');
  form.body.append(section);
  return form;
}

function build(page: PreviewPageId, course: Course, doc: Document): TipLike[] {
  switch (page) {
    case 'login':
      return [...LOGIN_STEPS.flatMap((step) => loginTips(step, course.help)), emailRejectedTip(course.help)];
    case 'google403':
      return [google403Banner(course.help)];
    case 'dar':
      return [
        // Each data-access step as a trainee first meets it: still to do.
        ...(
          Object.entries(ACCESS_MODULES) as Array<[AccessModuleName, (typeof ACCESS_MODULES)[AccessModuleName]]>
        ).flatMap(
          ([module, step]) =>
            moduleTip({ module, step, state: 'pending', isNext: false, isActive: false }, course) ?? [],
        ),
        identityAbroadTip(course.help),
        identityWaitingTip(course.help),
        renewalTip(course.help),
        workspacePointerTip(course),
        initialCreditsTip(course.help),
      ];
    case 'ducc':
      return [
        ...codeOfConductPageTips('content', course.help),
        ...codeOfConductPageTips('signature', course.help),
        codeOfConductUpdateTip(course.help),
      ];
    case 'workspace':
      // The legacy site's pointers to Researcher Workbench 2.0 first: most trainees meet them instead of the form.
      return [
        ...MOVED_MOMENTS.map((moment) => workspaceMovedTip(moment, course)),
        // Researcher Workbench 2.0's Part 3 in its order: the dialog, then adding the data.
        ...newWorkspaceTips(course).map(withOffer),
        addDataPointerTip(course),
        ...catalogTips(course),
        ...formTips(course, withAianSection(doc)),
      ];
    case 'share':
      return course.workspace.collaborator
        ? [rw2ShareTip(course), shareTip(course.help.sharingWorkspaces)].filter((tip) => !!tip)
        : [];
    case 'errors':
      return DEAD_ENDS.map((deadEnd) => recoveryTip(deadEnd, course.help));
    default:
      return [];
  }
}

/** Tips for one page; a tip source that fails leaves that page without tips, never a broken page. */
export function previewTips(page: PreviewPageId, course: Course, doc: Document = document): PreviewTip[] {
  try {
    return build(page, course, doc).map(plain);
  } catch (error) {
    console.warn(`[workbench-companion] preview of ${page} tips failed:`, error);
    return [];
  }
}
