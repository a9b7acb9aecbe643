import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { permissionNotes, type ManifestAccess } from '@/components/options/permission-notes';

const WORKBENCH = 'https://workbench.researchallofus.org/*';

describe('permissions, and why (options page)', () => {
  it('explains every permission and site access the extension declares', () => {
    // The manifest's access as the build declares it (kept in step with the build by its own test).
    const declared = JSON.parse(readFileSync('tests/fixtures/manifest-access.json', 'utf8')) as ManifestAccess;
    const notes = permissionNotes(declared);
    expect(notes.filter((note) => note.unexplained)).toEqual([]);
    expect(notes.map((note) => note.id)).toEqual(
      expect.arrayContaining(['storage', WORKBENCH, 'https://accounts.google.com/*', 'excluded']),
    );
  });

  it('says what each one is for', () => {
    const notes = permissionNotes({
      permissions: ['storage'],
      content_scripts: [
        {
          matches: [WORKBENCH, 'https://preprod-workbench.researchallofus.org/*'],
          exclude_matches: ['https://*.id.me/*'],
        },
      ],
    });
    expect(notes.map((note) => note.text)).toEqual([
      'Storage: keeps progress, hidden tips and the last name used for the workspace name, in this browser only.',
      `${WORKBENCH}: shows the tips, fills in the training workspace form when the trainee presses the button, and notes which steps the page shows as complete.`,
      'https://preprod-workbench.researchallofus.org/*: an extra Workbench address set by the course; the same guidance runs there.',
      'Never runs on the identity-verification sites: https://*.id.me/*.',
    ]);
  });

  it('flags a permission nobody explained', () => {
    const notes = permissionNotes({
      permissions: ['storage', 'tabs'],
      host_permissions: ['<all_urls>'],
      content_scripts: [{ matches: ['https://mail.google.com/*'] }],
    });
    expect(notes.filter((note) => note.unexplained).map((note) => note.id)).toEqual([
      'tabs',
      '<all_urls>',
      'https://mail.google.com/*',
    ]);
  });
});
