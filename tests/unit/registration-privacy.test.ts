// Proof that no feature reads what the trainee typed: every `value` getter of form controls is
// counted while all registered features run on the /login wizard and the DUCC pages.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { features } from '@/content/workbench/features';
import { describeWithSnapshots, loadHtml, loadSnapshot } from '../support/snapshots';
import { shownTipIds } from '../support/placed-tips';
import { startRun } from '../support/feature-run';

const PROTOTYPES = [HTMLInputElement.prototype, HTMLTextAreaElement.prototype, HTMLSelectElement.prototype];
let reads = 0;
const originals = new Map<object, PropertyDescriptor>();

beforeAll(() => {
  for (const proto of PROTOTYPES) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'value')!;
    originals.set(proto, descriptor);
    Object.defineProperty(proto, 'value', {
      ...descriptor,
      get() {
        reads++;
        return descriptor.get!.call(this);
      },
    });
  }
});
afterAll(() => {
  for (const [proto, descriptor] of originals) Object.defineProperty(proto, 'value', descriptor);
});

/** Types something into every field, as a trainee would (through the real setter, uncounted). */
function typeIntoEveryField() {
  for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
    'input[type="text"], input:not([type]), textarea',
  )) {
    originals.get(Object.getPrototypeOf(field))?.set?.call(field, 'Ada Lovelace AL 123 Main St');
  }
}

async function runAllFeatures(url: string): Promise<void> {
  const run = startRun(features, url);
  await run.done;
  await shownTipIds();
  run.abort();
}

const PAGES: Array<[string, string | (() => void)]> = [
  ['https://workbench.researchallofus.org/login', 'login-landing.html'],
  ['https://workbench.researchallofus.org/login', 'account-creation-tos.html'],
  ['https://workbench.researchallofus.org/login', 'account-creation-institution.html'],
  ['https://workbench.researchallofus.org/login', 'account-creation-institution-filled.html'],
  ['https://workbench.researchallofus.org/login', 'account-creation-details.html'],
  [
    'https://workbench.researchallofus.org/login',
    () => loadHtml(readFileSync('tests/fixtures/account-creation-success.html', 'utf8')),
  ],
  ['https://workbench.researchallofus.org/data-code-of-conduct', 'ducc-content.html'],
  ['https://workbench.researchallofus.org/data-code-of-conduct', 'ducc-signature.html'],
  ['https://workbench.researchallofus.org/data-code-of-conduct', 'ducc-signature-initialed.html'],
];

describeWithSnapshots('no feature reads typed values on the /login wizard or the DUCC pages', () => {
  for (const [url, page] of PAGES) {
    it(`${typeof page === 'string' ? page : 'account-creation-success (fixture)'}: 0 reads of .value while every feature runs`, async () => {
      if (typeof page === 'string') loadSnapshot(page);
      else page();
      typeIntoEveryField();
      reads = 0;
      await runAllFeatures(url);
      expect(reads).toBe(0);
    });
  }

  it('control: the counter does count a read', () => {
    loadSnapshot('ducc-signature-initialed.html');
    reads = 0;
    void document.querySelector<HTMLInputElement>('input[data-test-id="ducc-initials-input"]')!.value;
    void document.createElement('textarea').value;
    expect(reads).toBe(2);
  });
});
