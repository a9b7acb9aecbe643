import { afterEach, expect, it } from 'vitest';
import { features } from '@/content/workbench/features';
import { progressEventInputSchema, type ProgressEventInput } from '@/domain/progress/events';
import { builtInCourse } from '@/domain/course/active';
import { applyPlan, readFormFacts } from '@/prefill/apply';
import { APPEARS_AFTER, planPrefill, type FieldId } from '@/prefill/plan';
import { mutate } from '../support/mutate';
import { pageWaitFor, startRun } from '../support/feature-run';
import { describeWithSnapshots, parseSnapshotHtml, readSnapshot, snapshotFiles } from '../support/snapshots';

const TOTAL_VARIANTS = 1000;
const BASE_SEED = 20261121;

/** The real URL each snapshot is rendered at. */
function urlFor(file: string): string {
  const base = 'https://workbench.researchallofus.org';
  if (file.startsWith('dar-')) return `${base}/data-access-requirements`;
  if (file.startsWith('login-') || file.startsWith('account-creation')) return `${base}/login`;
  if (file.startsWith('ducc-')) return `${base}/data-code-of-conduct`;
  if (file.startsWith('workspace-edit')) return `${base}/workspaces/build`;
  if (file.startsWith('workspace-')) return `${base}/workspaces/aou-rw-1234/demo_training/about`;
  if (file === 'error-authority-missing.html') return `${base}/admin/users`;
  return `${base}/${file.replace(/^error-/, '').replace(/\.html$/, '')}`;
}

async function runAll(url: URL, errors: string[], events: ProgressEventInput[]) {
  const run = startRun(features, url.href);
  // Let features find (or give up on) their targets, then end the run as a navigation would.
  await new Promise((resolve) => setTimeout(resolve, 5));
  run.abort();
  await run.done;
  errors.push(...run.errors);
  events.push(...run.events);
}

/**
 * The prefill plan and its apply layer report every field this variant lacks as "not found" (or, where more than one
 * widget fits, "not sure").
 */
async function expectMissingTargetsNotFound(seed: number) {
  const facts = readFormFacts(document);
  const plan = planPrefill(builtInCourse, facts, { lastName: 'Fuzz' });
  const lacking = plan.actions.filter((action) => facts[action.field]?.present === false);
  const expected = (field: FieldId) =>
    facts[field]?.present === false && facts[field].notSure ? 'not-sure' : 'not-found';
  // A text that only appears after its box is planned from the box, and is found missing when applied.
  for (const action of lacking)
    expect(action.status, `seed ${seed}: ${action.field}`).toBe(
      APPEARS_AFTER[action.field] && action.status === 'apply' ? 'apply' : expected(action.field),
    );
  const { results } = await applyPlan(document, plan, pageWaitFor);
  for (const { field } of lacking)
    expect(results.find((r) => r.field === field)?.status, `seed ${seed}: ${field}`).toBe(expected(field));
}

describeWithSnapshots('mutation fuzzing: every feature on every snapshot variant', () => {
  const files = snapshotFiles();
  const perFile = Math.ceil(TOTAL_VARIANTS / files.length);
  /** Variants that went through every feature, counted as they run (the tests of this file run in order). */
  let variantsRun = 0;
  afterEach(() => document.body.replaceChildren());

  for (const file of files) {
    it(`${file}: ${perFile} seeded variants never throw and report only valid events`, async () => {
      const original = parseSnapshotHtml(readSnapshot(file)).body;
      const url = new URL(urlFor(file));
      for (let i = 0; i < perFile; i++) {
        variantsRun++;
        const seed = BASE_SEED + files.indexOf(file) * 10_000 + i;
        const body = document.importNode(original, true) as HTMLElement;
        const mutations = mutate(body, seed);
        document.body.replaceWith(body);
        const errors: string[] = [];
        const events: ProgressEventInput[] = [];
        await runAll(url, errors, events);
        expect(errors, `seed ${seed} on ${file} (${mutations.join('; ')})`).toEqual([]);
        for (const event of events)
          expect(progressEventInputSchema.safeParse(event).success, `seed ${seed}: ${JSON.stringify(event)}`).toBe(
            true,
          );
        if (file.startsWith('workspace-edit')) await expectMissingTargetsNotFound(seed);
      }
    }, 120_000);
  }

  it(`covers at least ${TOTAL_VARIANTS} variants in total`, () => {
    expect(variantsRun).toBeGreaterThanOrEqual(TOTAL_VARIANTS);
  });
});
