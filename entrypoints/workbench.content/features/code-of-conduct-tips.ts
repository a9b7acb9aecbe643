// Tips on the Data User Code of Conduct: reading it through, and what the initials stand for.
import { defineFeature, type FeatureRun } from '@/utils/feature-runner';
import { codeOfConductPageOf, isCodeOfConduct } from '@/utils/pages';
import { codeOfConductPageTips } from '@/utils/registration/ducc-tips';
import { mountTips } from '@/utils/registration/mount-tips';
import { query } from '@/utils/selectors';

async function init(run: FeatureRun) {
  const page = codeOfConductPageOf(run.document);
  const fallback = page === 'signature' ? query(run.document, 'duccSignaturePage') : query(run.document, 'duccContentPage');
  await mountTips(run, codeOfConductPageTips(page, run.course.help), fallback);
}

export const codeOfConductTips = defineFeature({
  id: 'code-of-conduct-tips',
  include: [isCodeOfConduct],
  init,
});
