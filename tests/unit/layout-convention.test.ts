// Imports point one way: content scripts may use utils/ and content-ui/, the Preact pages never reach content-script code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import madge from 'madge';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/snapshots';

type Graph = Record<string, string[]>;

/** Content-script code: the DOM-JSX views and every content script's own folder. */
const isContentScriptCode = (file: string) => file.startsWith('content-ui/') || /^entrypoints\/[^/]+\.content\//.test(file);
const isFeature = (file: string) => /^entrypoints\/[^/]+\/features\//.test(file);
const isPreactPage = (file: string) => file.startsWith('components/') || /^entrypoints\/(popup|options|class)\//.test(file);

/** Every file a file reaches through its imports (type imports included), with the chain that leads there. */
function reachable(graph: Graph, from: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[from, [from]]]);
  const queue = [from];
  for (let file = queue.shift(); file; file = queue.shift()) {
    for (const next of graph[file] ?? []) {
      if (seen.has(next)) continue;
      seen.set(next, [...seen.get(file)!, next]);
      queue.push(next);
    }
  }
  return seen;
}

/** The import chains from a Preact page (or a shared utils/ module) into content-script code or a feature. */
function wrongWayImports(graph: Graph): string[] {
  const starts = Object.keys(graph).filter((file) => isPreactPage(file) || file.startsWith('utils/'));
  return starts.flatMap((start) =>
    [...reachable(graph, start)].filter(([file]) => isContentScriptCode(file) || isFeature(file)).map(([, chain]) => chain.join(' → ')),
  );
}

describe('layout', () => {
  let graph: Graph;
  beforeAll(async () => {
    const config = JSON.parse(readFileSync(join(REPO_ROOT, '.madgerc'), 'utf8')) as object;
    const result = await madge(['entrypoints', 'content-ui', 'components', 'utils'].map((dir) => join(REPO_ROOT, dir)), { ...config, baseDir: REPO_ROOT });
    graph = result.obj();
  }, 60_000);

  it('no Preact page (components/, popup, options, class) and no utils/ module reaches content-ui/, a content script or a feature', () => {
    // Control: the graph follows `@/` imports into content-ui/ and utils/tips/ (otherwise nothing could be found).
    expect(graph['entrypoints/workbench.content/features/workspace-form-tips.tsx']).toEqual(expect.arrayContaining(['content-ui/Tip.tsx', 'utils/tips/workspace-form-tips.ts']));
    expect(graph['components/options/tip-sources.ts']).toContain('utils/tips/workspace-form-tips.ts');
    expect(wrongWayImports(graph)).toEqual([]);
  });

  it('the check catches an options module importing a feature, a component importing a view, a utils/ module importing a content script', () => {
    const bad = (from: string, to: string): Graph => ({ ...graph, [from]: [...(graph[from] ?? []), to] });
    expect(wrongWayImports(bad('components/options/tip-sources.ts', 'entrypoints/rw2.content/features/rw2-workspace-name.tsx'))).toContain(
      'components/options/tip-sources.ts → entrypoints/rw2.content/features/rw2-workspace-name.tsx',
    );
    expect(wrongWayImports(bad('utils/tips/ducc-tips.ts', 'content-ui/Tip.tsx'))).toContain('components/options/tip-sources.ts → utils/tips/ducc-tips.ts → content-ui/Tip.tsx');
    expect(wrongWayImports(bad('components/popup/StepRow.tsx', 'content-ui/workspace/AnswerSheet.tsx'))).toContain('components/popup/StepRow.tsx → content-ui/workspace/AnswerSheet.tsx');
    expect(wrongWayImports(bad('utils/dom.ts', 'entrypoints/workbench.content/start.ts'))).toContain('utils/dom.ts → entrypoints/workbench.content/start.ts');
  });

  it('every tip text the options page previews comes from utils/tips/, the same module the content script renders', () => {
    const previewed = graph['components/options/tip-sources.ts'] ?? [];
    expect(previewed.filter((file) => file.startsWith('utils/tips/') && file !== 'utils/tips/tip-content.ts').sort()).toEqual([
      'utils/tips/access-tips.ts',
      'utils/tips/ducc-tips.ts',
      'utils/tips/google-403-tips.ts',
      'utils/tips/login-tips.ts',
      'utils/tips/recovery-tips.ts',
      'utils/tips/share-tips.ts',
      'utils/tips/workspace-form-tips.ts',
      'utils/tips/workspace-moved-tips.ts',
    ]);
    // Each tip module has a renderer in a content script: no preview-only tip text.
    const contentImports = new Set(Object.entries(graph).filter(([file]) => isContentScriptCode(file)).flatMap(([, deps]) => deps));
    expect(previewed.filter((file) => file.startsWith('utils/tips/') && !contentImports.has(file))).toEqual([]);
  });
});
