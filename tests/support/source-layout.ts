// The source folders, top layer first: code imports only from layers below its own (never up, never sideways).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import madge from 'madge';
import { REPO_ROOT } from './snapshots';

export const LAYERS: readonly (readonly string[])[] = [
  ['entrypoints'],
  ['content', 'background', 'components'],
  ['ui'],
  ['guidance'],
  ['prefill'],
  ['site'],
  ['messaging'],
  ['state'],
  ['domain/class'],
  ['domain/progress'],
  ['domain/i18n'],
  ['domain/course'],
  ['domain/workbench'],
  ['domain/text'],
];

/** Every folder that ships in the extension, for tests that read all source files. */
export const SOURCE_DIRS = [
  'entrypoints',
  'content',
  'background',
  'components',
  'ui',
  'guidance',
  'prefill',
  'site',
  'messaging',
  'state',
  'domain',
];

export type ImportGraph = Record<string, string[]>;

/** The import graph of the source folders and scripts/ (type imports included), paths relative to the repo root. */
export async function importGraph(dirs: readonly string[] = [...SOURCE_DIRS, 'scripts']): Promise<ImportGraph> {
  const config = JSON.parse(readFileSync(join(REPO_ROOT, '.madgerc'), 'utf8')) as object;
  const result = await madge(
    dirs.map((dir) => join(REPO_ROOT, dir)),
    { ...config, baseDir: REPO_ROOT },
  );
  return result.obj();
}
