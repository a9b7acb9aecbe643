// Tips on the Data User Code of Conduct: reading it through, and what the initials stand for.
import { query } from '@/site/dom';
import { defineFeature, type FeatureRun } from '@/content/runner/feature-runner';
import { codeOfConductPageOf, isCodeOfConduct } from '@/site/pages';
import { codeOfConductPageTips } from '@/guidance/ducc-tips';
import { placeTips } from '@/content/ui/placed-tip';
import * as sel from '@/site/selectors';

function init(run: FeatureRun) {
  const page = codeOfConductPageOf(run.document);
  const fallback = () =>
    page === 'signature' ? query(run.document, sel.duccSignaturePage) : query(run.document, sel.duccContentPage);
  placeTips(run, codeOfConductPageTips(page, run.course.help), fallback);
}

export const codeOfConductTips = defineFeature({
  id: 'code-of-conduct-tips',
  include: [isCodeOfConduct],
  init,
});
