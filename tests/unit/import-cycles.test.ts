// No module imports itself back, type imports included (madge, configured in .madgerc).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import madge from 'madge';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../support/snapshots';

it('entrypoints/, content-ui/, components/ and utils/ have no import cycle', async () => {
  const config = JSON.parse(readFileSync(join(REPO_ROOT, '.madgerc'), 'utf8')) as object;
  const graph = await madge(['entrypoints', 'content-ui', 'components', 'utils'].map((dir) => join(REPO_ROOT, dir)), { ...config, baseDir: REPO_ROOT });
  const edges = graph.obj();
  // Control: imports through the `@/` alias are followed (a cycle through them would otherwise go unseen).
  expect(edges['entrypoints/background.ts']).toContain('utils/messaging/answer.ts');
  expect(edges['utils/course/content-course.ts']).toContain('utils/course/effective.ts');
  expect(graph.circular()).toEqual([]);
}, 60_000);
