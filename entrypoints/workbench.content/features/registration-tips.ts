// Tips on every step of the /login account-creation wizard. The step comes from the page's markers,
// never from anything typed into it.
import { query } from '@/utils/dom';
import { defineFeature, type FeatureRun } from '@/utils/feature-runner';
import { isLogin, loginStepOf } from '@/utils/pages';
import { loginTips } from '@/utils/registration/login-tips';
import { mountTips } from '@/utils/registration/mount-tips';
import * as sel from '@/utils/selectors';

async function init(run: FeatureRun) {
  const tips = loginTips(loginStepOf(run.document), run.course.help);
  if (tips.length === 0) return;
  await mountTips(run, tips, query(run.document, sel.signInPage));
}

export const registrationTips = defineFeature({
  id: 'registration-tips',
  include: [isLogin],
  init,
});
