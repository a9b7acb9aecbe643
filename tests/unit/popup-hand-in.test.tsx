import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HELP_LINK_IDS } from '@/domain/course/schema';
import type { ProgressEventInput } from '@/domain/progress/events';
import { courseWithCollaborator, renderPopup } from '../support/popup-support';
import { pageReport as event } from '../support/progress-events';

const row = (step: string) => document.querySelector<HTMLElement>(`[data-step="${step}"]`)!;
const allButDucc: ProgressEventInput[] = [
  ...(
    [
      'account-institution',
      'account-details',
      'account-confirmed',
      'first-sign-in',
      'two-factor',
      'identity',
      'rt-training',
      'ct-training',
      'workspace-created',
      'research-use-statement',
    ] as const
  ).map((s) => event(s)),
  event('workspace-shared', 'done', {
    source: '/workspaces/aou-rw-7/doe_training/about',
    workspace: { namespace: 'aou-rw-7', name: 'doe_training' },
    collaborator: 'ada@researchallofus.org',
  }),
];

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function chooseFile(content: string) {
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  const file = new File([content], 'progress.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

/** Captures what "Download progress file" would save. */
function captureDownload() {
  const saved: { name?: string; blob?: Blob } = {};
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    saved.blob = blob as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.name = this.download;
  });
  return saved;
}

describe('popup: hand-in', () => {
  it('downloads a JSON export of the whole log, named for the course', async () => {
    await renderPopup({ seed: allButDucc });
    const saved = captureDownload();
    fireEvent.click(screen.getByTestId('export-json'));
    await waitFor(() => expect(saved.name).toMatch(/^workbench-progress-default-\d{4}-\d{2}-\d{2}\.json$/));
    const data = JSON.parse(await saved.blob!.text());
    expect(data.format).toBe('workbench-companion-progress');
    expect(data.events).toHaveLength(11);
    expect(data.trainee).toBeUndefined();
    expect(screen.getByTestId('notice').textContent).toContain('11 events');
  });

  it('names the trainee in the file when they gave the extension their name (the class view shows it)', async () => {
    await renderPopup({ seed: allButDucc, trainee: 'Núñez' });
    const saved = captureDownload();
    fireEvent.click(screen.getByTestId('export-json'));
    await waitFor(() => expect(saved.blob).toBeDefined());
    expect(JSON.parse(await saved.blob!.text()).trainee).toEqual({ name: 'Núñez' });
  });

  it('copies a text summary with the trainee name and the shared workspace', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await renderPopup({ seed: allButDucc, course: courseWithCollaborator, trainee: 'Doe' });
    fireEvent.click(screen.getByTestId('copy-summary'));
    await waitFor(() => expect(writeText).toHaveBeenCalledOnce());
    const text = writeText.mock.calls[0]![0];
    expect(text).toMatch(
      /^Doe's progress in CWML training: 11 of 13 steps done; still to do: Data User Code of Conduct, All of Us data added to the workspace; workspace `aou-rw-7\/doe_training` shared with ada@researchallofus.org on /,
    );
    expect(screen.getByTestId('notice').textContent).toContain('Summary copied');
    expect(screen.queryByTestId('summary-text')).toBeNull();
  });

  it('shows the summary in a text box to copy by hand when the clipboard refuses, "Trainee" without a stored name', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async () => Promise.reject(new Error('denied')) },
      configurable: true,
    });
    await renderPopup({ seed: allButDucc });
    fireEvent.click(screen.getByTestId('copy-summary'));
    const box = (await screen.findByTestId('summary-text')) as HTMLTextAreaElement;
    expect(box.value).toMatch(/^Trainee's progress in /);
    expect(screen.getByLabelText('Your progress summary')).toBe(box);
  });

  it('an exported file imported elsewhere restores the same progress (and can be undone)', async () => {
    const first = await renderPopup({ seed: allButDucc });
    const exported = await first.client.send({ type: 'progress/export' });
    cleanup();
    await renderPopup({ seed: [event('ducc')] });
    chooseFile(JSON.stringify(exported.ok && exported.value));
    await waitFor(() => expect(row('research-use-statement').dataset.state).toBe('done'));
    expect(row('ducc').dataset.state).toBe('pending');
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('11 events'));
    fireEvent.click(screen.getByTestId('undo'));
    await waitFor(() => expect(row('ducc').dataset.state).toBe('done'));
    expect(row('identity').dataset.state).toBe('pending');
  });

  for (const [label, content] of [
    ['not JSON', '{"format": '],
    ['another JSON file', JSON.stringify({ name: 'my notes', events: [] })],
    [
      'an export with a broken event',
      JSON.stringify({
        format: 'workbench-companion-progress',
        version: 1,
        exportedAt: 1,
        events: [{ step: 'nope', state: 'done', source: 'x', at: 1 }],
      }),
    ],
  ] as const) {
    it(`refuses ${label} with a clear error and changes nothing`, async () => {
      const { store } = await renderPopup({ seed: [event('ducc')] });
      chooseFile(content);
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('is not a Workbench Companion progress file');
      expect(alert.textContent).toContain('Nothing was changed');
      expect((await store.snapshot()).eventCount).toBe(1);
      expect(row('ducc').dataset.state).toBe('done');
    });
  }
});

describe('popup: help & resources', () => {
  it('lists every help link as an https link opening in a new tab', async () => {
    await renderPopup();
    const section = screen.getByRole('region', { name: 'Help & resources' });
    const links = within(section).getAllByRole('link', { hidden: true });
    expect(links).toHaveLength(HELP_LINK_IDS.length);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(section.textContent).toContain('support@researchallofus.org');
  });

  it('suggests the help desk and identity help during registration, examples once the workspace exists', async () => {
    await renderPopup();
    const first = () => [...screen.getByTestId('help-suggested').querySelectorAll('li')].map((li) => li.dataset.help);
    expect(first().slice(0, 2)).toEqual(['helpDeskForm', 'identityVerification']);
    cleanup();
    await renderPopup({ seed: allButDucc.concat(event('ducc')) });
    expect(first().slice(0, 2)).toEqual(['featuredWorkspaces', 'tutorialNotebooks']);
  });
});
