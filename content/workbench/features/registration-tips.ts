// Tips on every step of the /login account-creation wizard. The step comes from the page's markers,
// never from anything typed into it (the runner starts a new run when the step changes).
import { query } from '@/site/dom';
import { defineFeature, type FeatureRun } from '@/content/runner/feature-runner';
import { isLogin, loginStepOf } from '@/site/pages';
import { emailRejectedTip, loginTips } from '@/guidance/login-tips';
import { placeTips } from '@/content/ui/placed-tip';
import * as sel from '@/site/selectors';

function init(run: FeatureRun) {
  const step = loginStepOf(run.document);
  placeTips(run, loginTips(step, run.course.help), () => query(run.document, sel.signInPage));
  // The Workbench checks the email when the field loses focus: a refusal shows its warning icon, then this tip.
  if (step === 'institution') placeTips(run, [emailRejectedTip(run.course.help)]);
}

export const registrationTips = defineFeature({
  id: 'registration-tips',
  include: [isLogin],
  init,
});
