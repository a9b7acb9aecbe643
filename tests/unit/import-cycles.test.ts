// No module imports itself back, type imports included (madge, configured in .madgerc).
import madge from 'madge';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../support/snapshots';
import { SOURCE_DIRS } from '../support/source-layout';

it('the source folders have no import cycle', async () => {
  const config = JSON.parse(readFileSync(join(REPO_ROOT, '.madgerc'), 'utf8')) as object;
  const graph = await madge(
    SOURCE_DIRS.map((dir) => join(REPO_ROOT, dir)),
    { ...config, baseDir: REPO_ROOT },
  );
  const edges = graph.obj();
  // Control: imports through the `@/` alias are followed (a cycle through them would otherwise go unseen).
  expect(edges['entrypoints/background.ts']).toContain('background/answer-message.ts');
  expect(edges['components/popup/course-request.ts']).toContain('domain/course/effective.ts');
  expect(graph.circular()).toEqual([]);
}, 60_000);
