import { describe, expect, it } from 'vitest';
import {
  CREATE_REQUEST_TTL_MS,
  createdEvents,
  includesCollaborator,
  isJustCreated,
  matchesNameTemplate,
  sharedEvent,
  urlNameOf,
} from '@/domain/progress/workspace-progress';

const ws = { namespace: 'aou-rw-42', name: 'garcia_cwml_training' };

describe('workspace progress rules', () => {
  it('derives the URL name like the Workbench (lower case, letters and digits only)', () => {
    expect(urlNameOf('García_CWML training-2')).toBe('garcacwmltraining2');
  });

  it('recognises the course template in display and URL names, with any last name', () => {
    for (const name of [
      'Garcia_CWML_training',
      'garciacwmltraining',
      'de la Cruz_CWML_training',
      'garcia_cwml_training',
    ]) {
      expect(matchesNameTemplate(name, '{lastName}_CWML_training'), name).toBe(true);
    }
    for (const name of ['CWML_training', 'garcia_cwml_training_old', 'my project', 'garcia_training']) {
      expect(matchesNameTemplate(name, '{lastName}_CWML_training'), name).toBe(false);
    }
    expect(matchesNameTemplate('Fall_2026_CWML', 'Fall_2026_CWML')).toBe(true);
    expect(matchesNameTemplate('a+b', '{lastName}+(x)')).toBe(false);
  });

  it('a Confirm click noted minutes ago for this name means the workspace was just created', () => {
    const at = 1_000_000;
    const request = { name: 'Garcia_CWML_training', at };
    expect(isJustCreated(request, ws, at + 70_000)).toBe(true);
    expect(isJustCreated(request, ws, at + CREATE_REQUEST_TTL_MS + 1)).toBe(false);
    expect(isJustCreated(request, { ...ws, name: 'other_workspace' }, at + 1000)).toBe(false);
    expect(isJustCreated(undefined, ws, at)).toBe(false);
    expect(isJustCreated({ name: '!!!', at }, ws, at)).toBe(false);
  });

  it('creating a workspace also completes the Research Use Statement', () => {
    expect(createdEvents(ws, '/workspaces/aou-rw-42/garcia_cwml_training/data')).toEqual([
      {
        step: 'workspace-created',
        state: 'done',
        source: '/workspaces/aou-rw-42/garcia_cwml_training/data',
        workspace: ws,
      },
      {
        step: 'research-use-statement',
        state: 'done',
        source: '/workspaces/aou-rw-42/garcia_cwml_training/data',
        workspace: ws,
      },
    ]);
  });

  it('finds the collaborator in About lines and in dialog rows, case-insensitively', () => {
    expect(
      includesCollaborator(
        ['OWNER : me@researchallofus.org', 'READER : Ada.Example@researchallofus.org'],
        'ada.example@researchallofus.org',
      ),
    ).toBe(true);
    expect(includesCollaborator(['ada.example@researchallofus.org'], 'ada.example@researchallofus.org')).toBe(true);
    expect(
      includesCollaborator(['READER : ada.example@researchallofus.org.evil'], 'ada.example@researchallofus.org'),
    ).toBe(false);
    expect(sharedEvent(ws, 'ada@x.org', '/about')).toEqual({
      step: 'workspace-shared',
      state: 'done',
      source: '/about',
      collaborator: 'ada@x.org',
      workspace: ws,
    });
    expect(sharedEvent(undefined, 'ada@x.org', '/about')).not.toHaveProperty('workspace');
  });
});
