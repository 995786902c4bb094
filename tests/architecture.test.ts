// The layout the README describes, held by the sources: dependencies flow one way (core ← runtime ←
// node ← cli; the site never reaches into the CLI) and no module imports itself through others.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|astro)$/.test(entry.name) ? [path] : [];
  });
}

/** Each source file (relative to src/) with the source files it imports for their values (type-only imports are erased). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/^\s*(?:import|export)(?!\s+type\b)(?:[^'";]*?\bfrom\s*|\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((match) => relative(SRC, resolve(dirname(file), match[1]!)));
    graph.set(relative(SRC, file), targets);
  }
  return graph;
}

describe('source layout', () => {
  const graph = importGraph();

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      path.push(file);
      for (const target of graph.get(file) ?? []) {
        if (state.get(target) === 'open') cycles.push([...path.slice(path.indexOf(target)), target].join(' → '));
        else if (!state.has(target) && graph.has(target)) visit(target);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it('lets dependencies flow one way', () => {
    const layer = (file: string) => file.split('/')[0]!;
    const allowed: Record<string, string[]> = { core: ['core'], runtime: ['core', 'runtime'], node: ['core', 'runtime', 'node'], cli: ['core', 'runtime', 'node', 'cli'] };
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        const from = layer(file);
        const to = layer(target);
        if ((allowed[from] && !allowed[from]!.includes(to)) || (from !== 'cli' && to === 'cli')) wrong.push(`${file} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
