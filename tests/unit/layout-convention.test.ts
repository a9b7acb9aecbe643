// Imports point one way: each source folder imports only from the layers below it (README "How it works").
import { beforeAll, describe, expect, it } from 'vitest';
import { importGraph, LAYERS, type ImportGraph } from '../support/source-layout';

/** A file's layer index (0 = top) and its folder, or undefined outside the layered folders. */
function layerOf(file: string): { rank: number; folder: string } | undefined {
  for (const [rank, folders] of LAYERS.entries()) {
    const folder = folders.find((name) => file.startsWith(`${name}/`) || file === name);
    if (folder) return { rank, folder };
  }
  return undefined;
}

/**
 * The content scripts' own folders: each site's features and the 403 banner use the shared runner and UI, never each
 * other.
 */
const contentSite = (file: string) => /^content\/(workbench|rw2|google-403)\//.exec(file)?.[1];

/** Every import that goes up or sideways, as "from → to (why)". */
function wrongWayImports(graph: ImportGraph): string[] {
  return Object.entries(graph).flatMap(([from, deps]) =>
    deps.flatMap((to) => {
      if (from.startsWith('scripts/'))
        return to.startsWith('tests/') ? [`${from} → ${to} (scripts never import tests)`] : [];
      const a = layerOf(from);
      const b = layerOf(to);
      if (!a || !b) return [];
      if (a.folder === b.folder) {
        const [siteA, siteB] = [contentSite(from), contentSite(to)];
        return siteA && siteB && siteA !== siteB ? [`${from} → ${to} (sideways)`] : [];
      }
      if (b.rank > a.rank) return [];
      return [`${from} → ${to} (${b.rank < a.rank ? 'up' : 'sideways'})`];
    }),
  );
}

describe('layout', () => {
  let graph: ImportGraph;
  beforeAll(async () => {
    graph = await importGraph();
  }, 60_000);

  it('every import points down a layer', () => {
    // Control: the graph follows `@/` imports across folders (otherwise nothing could be found).
    expect(graph['content/workbench/features/workspace-form-tips.tsx']).toEqual(
      expect.arrayContaining(['content/ui/Tip.tsx', 'guidance/workspace-form-tips.ts']),
    );
    expect(graph['components/options/tip-sources.ts']).toContain('guidance/workspace-form-tips.ts');
    expect(wrongWayImports(graph)).toEqual([]);
  });

  it('every source file sits in a layer', () => {
    const outside = Object.keys(graph).filter((file) => !file.startsWith('scripts/') && !layerOf(file));
    expect(outside).toEqual([]);
  });

  it('the check catches imports up, sideways, between sites and from scripts into tests (controls)', () => {
    const bad = (from: string, to: string): ImportGraph => ({ [from]: [to] });
    expect(
      wrongWayImports(bad('components/options/tip-sources.ts', 'content/rw2/features/rw2-workspace-name.tsx')),
    ).toEqual(['components/options/tip-sources.ts → content/rw2/features/rw2-workspace-name.tsx (sideways)']);
    expect(wrongWayImports(bad('guidance/ducc-tips.ts', 'content/ui/Tip.tsx'))).toEqual([
      'guidance/ducc-tips.ts → content/ui/Tip.tsx (up)',
    ]);
    expect(wrongWayImports(bad('domain/course/schema.ts', 'domain/progress/steps.ts'))).toEqual([
      'domain/course/schema.ts → domain/progress/steps.ts (up)',
    ]);
    expect(wrongWayImports(bad('content/rw2/features/index.ts', 'content/workbench/features/index.ts'))).toHaveLength(
      1,
    );
    expect(wrongWayImports(bad('scripts/bench.ts', 'tests/support/chromium.ts'))).toHaveLength(1);
    // Down is allowed, and so is anything inside one folder.
    expect(wrongWayImports(bad('content/ui/Tip.tsx', 'guidance/tip-content.ts'))).toEqual([]);
    expect(wrongWayImports(bad('content/rw2/features/index.ts', 'content/runner/feature-runner.ts'))).toEqual([]);
  });

  it('every tip text the options page previews comes from guidance/, the same module a content script renders', () => {
    const previewed = (graph['components/options/tip-sources.ts'] ?? []).filter(
      (file) => file.startsWith('guidance/') && file !== 'guidance/tip-content.ts',
    );
    expect(previewed.length).toBeGreaterThan(7);
    const contentImports = new Set(
      Object.entries(graph)
        .filter(([file]) => file.startsWith('content/'))
        .flatMap(([, deps]) => deps),
    );
    expect(previewed.filter((file) => !contentImports.has(file))).toEqual([]);
  });
});
