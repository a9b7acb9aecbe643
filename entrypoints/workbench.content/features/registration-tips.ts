// Tips on every step of the /login account-creation wizard. The step comes from the page's markers,
// never from anything typed into it (the runner starts a new run when the step changes).
import { query } from '@/utils/dom';
import { defineFeature, type FeatureRun } from '@/utils/feature-runner';
import { isLogin, loginStepOf } from '@/utils/pages';
import { loginTips } from '@/utils/registration/login-tips';
import { placeTips } from '@/utils/registration/placed-tip';
import * as sel from '@/utils/selectors';

function init(run: FeatureRun) {
  placeTips(run, loginTips(loginStepOf(run.document), run.course.help), () => query(run.document, sel.signInPage));
}

export const registrationTips = defineFeature({
  id: 'registration-tips',
  include: [isLogin],
  init,
});
