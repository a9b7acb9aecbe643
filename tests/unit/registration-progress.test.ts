import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accountProgress, accountProgressEvents } from '@/content/workbench/features/account-progress';
import { describeWithSnapshots, loadHtml, loadSnapshot } from '../support/snapshots';
import { runFeature } from '../support/feature-run';

const LOGIN = 'https://workbench.researchallofus.org/login';

describe('account milestones from the wizard step', () => {
  it('Step 2 shown = Step 1 passed; success page = account details done; earlier steps record nothing', () => {
    expect(accountProgressEvents('landing', '/login')).toEqual([]);
    expect(accountProgressEvents('terms', '/login')).toEqual([]);
    expect(accountProgressEvents('institution', '/login')).toEqual([]);
    expect(accountProgressEvents(undefined, '/login')).toEqual([]);
    expect(accountProgressEvents('details', '/login')).toEqual([
      { step: 'account-institution', state: 'done', source: '/login' },
    ]);
    expect(accountProgressEvents('success', '/login')).toEqual([
      { step: 'account-institution', state: 'done', source: '/login' },
      { step: 'account-details', state: 'done', source: '/login' },
    ]);
  });

  it('the success page (own fixture) reports both account milestones', async () => {
    loadHtml(readFileSync('tests/fixtures/account-creation-success.html', 'utf8'));
    const { events, done } = runFeature(accountProgress, LOGIN);
    await done;
    expect(events.map((e) => `${e.step}:${e.state}`)).toEqual(['account-institution:done', 'account-details:done']);
  });
});

describeWithSnapshots('account milestones on the real wizard DOM', () => {
  const cases: Record<string, string[]> = {
    'login-landing.html': [],
    'account-creation-tos.html': [],
    'account-creation-institution.html': [],
    'account-creation-institution-filled.html': [],
    'account-creation-details.html': ['account-institution:done'],
  };
  for (const [file, expected] of Object.entries(cases)) {
    it(`${file} → ${expected.join(', ') || 'nothing'}`, async () => {
      loadSnapshot(file);
      const { events, done } = runFeature(accountProgress, LOGIN);
      await done;
      expect(events.map((e) => `${e.step}:${e.state}`)).toEqual(expected);
      for (const event of events) expect(event.source).toBe('/login');
    });
  }
});
