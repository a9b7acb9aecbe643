import { codeOfConductPageOf, loginStepOf } from '@/site/pages';

/** What identifies "the same page": the URL plus the steps the Workbench shows without changing it. */
export const workbenchPageKey = (url: URL, doc: Document): string =>
  `${url.href}|${loginStepOf(doc) ?? ''}|${codeOfConductPageOf(doc) ?? ''}`;
