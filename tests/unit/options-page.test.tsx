import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '@/components/options/OptionsPage';
import { isLocked, PREVIEW_PAGE_IDS, previewValues } from '@/components/options/preview-values';
import { previewTips } from '@/components/options/tip-sources';
import { builtInCourse, builtInFingerprint } from '@/domain/course/active';
import type { EffectiveCourse } from '@/domain/course/effective';
import { loadCourseFile } from '@/domain/course/load-file';
import { applyPolicy } from '@/domain/course/policy';

const example = loadCourseFile('courses/example-cwml-training.json');
const section = (page: string) => document.querySelector<HTMLElement>(`[data-page="${page}"]`)!;
const rowFor = (page: string, path: string) => section(page).querySelector<HTMLElement>(`[data-path="${path}"]`)!;

function effectiveWith(policy: Record<string, unknown>): EffectiveCourse {
  const result = applyPolicy(example.course, policy);
  return {
    course: result.course,
    fingerprint: example.fingerprint,
    lockedPaths: result.lockedPaths,
    policyWarnings: result.warnings,
    ...(result.policyFingerprint ? { policyFingerprint: result.policyFingerprint } : {}),
  };
}

beforeEach(() => {
  fakeBrowser.runtime.getManifest = (() => ({
    manifest_version: 3,
    name: 'x',
    version: '1',
    permissions: ['storage'],
    content_scripts: [{ matches: ['https://workbench.researchallofus.org/*'] }],
  })) as typeof fakeBrowser.runtime.getManifest;
});
afterEach(cleanup);

describe('options page: the course preview', () => {
  it('shows the build fingerprint, the course and every page group', async () => {
    render(<OptionsPage load={async () => effectiveWith({})} />);
    expect(await screen.findByTestId('fingerprint')).toHaveProperty('textContent', example.fingerprint);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(example.course.name);
    for (const page of PREVIEW_PAGE_IDS) expect(section(page), page).not.toBeNull();
    expect(screen.queryByTestId('policy-summary')).toBeNull();
    expect(document.querySelectorAll('[data-locked="true"]')).toHaveLength(0);
  });

  it('lists every prefill text of the workspace form exactly as the course gives it', async () => {
    render(<OptionsPage load={async () => effectiveWith({})} />);
    await screen.findByTestId('fingerprint');
    const { answers, workspace } = example.course;
    for (const [path, text] of Object.entries({
      intendedStudy: answers.intendedStudy,
      scientificApproach: answers.scientificApproach,
      anticipatedFindings: answers.anticipatedFindings,
      disseminationOther: answers.disseminationOther,
      aianResearchDetails: answers.aianResearchDetails,
    })) {
      expect(rowFor('workspace', `answers.${path}`).querySelector('dd')!.textContent).toBe(text);
    }
    const names = section('workspace').querySelectorAll('[data-path="workspace.nameTemplate"] dd');
    expect([...names].map((dd) => dd.textContent)).toEqual([workspace.nameTemplate, 'Garcia_CWML_training']);
    expect(rowFor('workspace', 'workspace.accessTier').textContent).toContain('Controlled Tier');
    expect(rowFor('share', 'workspace.collaborator').textContent).toContain(
      `${workspace.collaborator!.email} as Reader`,
    );
  });

  it("shows the tips of each page, built from the course (the naming rule, the course's help links)", async () => {
    render(
      <OptionsPage
        load={async () => effectiveWith({ help: { troubleSigningIn: 'https://it.example.edu/sign-in' } })}
      />,
    );
    await screen.findByTestId('fingerprint');
    expect(within(section('workspace')).getAllByText(/\{lastName\}_CWML_training/).length).toBeGreaterThan(0);
    const bannerLinks = [...section('google403').querySelectorAll<HTMLAnchorElement>('[data-tip="google-403"] a')].map(
      (a) => a.href,
    );
    expect(bannerLinks).toContain('https://it.example.edu/sign-in');
    for (const page of ['login', 'dar', 'ducc', 'workspace', 'errors'] as const) {
      expect(section(page).querySelectorAll('[data-tip]').length, page).toBeGreaterThan(0);
    }
  });

  it('marks values set by IT policy as locked, lists ignored policy values, and shows both fingerprints', async () => {
    const effective = effectiveWith({
      workspace: { collaborator: { email: 'ta@researchallofus.org' } },
      help: { videos: 'http://not-https.example' },
      answers: { intendedStudy: 'x' },
    });
    render(<OptionsPage load={async () => effective} />);
    await screen.findByTestId('fingerprint');
    expect(rowFor('share', 'workspace.collaborator').dataset.locked).toBe('true');
    expect(rowFor('share', 'workspace.collaborator').textContent).toContain('Set by your organisation (locked)');
    expect(rowFor('workspace', 'answers.intendedStudy').dataset.locked).toBeUndefined();
    expect(rowFor('help', 'help.videos').dataset.locked).toBeUndefined();
    expect(screen.getByTestId('policy-summary').textContent).toContain('workspace.collaborator.email');
    const warnings = screen.getByTestId('policy-warnings').textContent!;
    expect(warnings).toContain('help.videos: must be an https:// link');
    expect(warnings).toContain('answers: is not a setting an administrator can set');
    expect(screen.getByTestId('fingerprint').textContent).toBe(example.fingerprint);
    expect(screen.getByTestId('policy-fingerprint').textContent).toContain(effective.policyFingerprint!);
  });

  it('reads the real managed storage through loadEffectiveCourse and never writes it', async () => {
    await fakeBrowser.storage.managed.set({ instructor: { name: 'University IT training desk' } });
    const set = vi.spyOn(fakeBrowser.storage.managed, 'set');
    render(<OptionsPage />);
    await screen.findByTestId('fingerprint');
    expect(screen.getByTestId('fingerprint').textContent).toBe(builtInFingerprint);
    await waitFor(() => expect(rowFor('popup', 'instructor').dataset.locked).toBe('true'));
    expect(rowFor('popup', 'instructor').textContent).toContain('University IT training desk');
    expect(set).not.toHaveBeenCalled();
  });

  it('shows per-language course texts in the trainee’s language', () => {
    fakeBrowser.i18n.getUILanguage = () => 'es-419';
    expect(previewValues(example.course, 'popup').find((v) => v.path === 'welcome')!.value).toContain(
      'Complete todos los pasos',
    );
    fakeBrowser.i18n.getUILanguage = () => 'en';
    expect(previewValues(example.course, 'popup').find((v) => v.path === 'welcome')!.value).toContain(
      'Complete every step',
    );
  });
});

describe('preview helpers', () => {
  it('locks a row when policy set it or a value inside it', () => {
    expect(isLocked('workspace.collaborator', ['workspace.collaborator.email'])).toBe(true);
    expect(isLocked('help.videos', ['help.videos'])).toBe(true);
    expect(isLocked('welcome', ['welcome.es'])).toBe(true);
    expect(isLocked('workspace.nameTemplate', ['workspace.collaborator.email'])).toBe(false);
    expect(isLocked(undefined, ['help.videos'])).toBe(false);
  });

  it('a tip source that throws leaves that page without tips instead of breaking the page', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = { ...builtInCourse, help: undefined } as unknown as typeof builtInCourse;
    expect(previewTips('login', broken)).toEqual([]);
    expect(warn).toHaveBeenCalled();
  });

  it('renders the review question as number 7, as on the production dataset with the AI/AN question', () => {
    const tips = previewTips('workspace', example.course);
    expect(tips.find((tip) => tip.id === 'ws-review')?.title).toContain('7');
  });
});
