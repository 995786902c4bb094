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

/** The specifiers a source file imports for their values at load time (type-only imports are erased; `import()` is not counted). */
function staticImports(text: string): string[] {
  return [...text.matchAll(/^\s*(?:import|export)(?!\s+type\b)(?:[^'";]*?\bfrom\s*|\s+)['"]([^'"]+)['"]/gm)].map((match) => match[1]!);
}

/** Each source file (relative to src/) with the source files it imports for their values. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const targets = staticImports(readFileSync(file, 'utf8')).filter((specifier) => specifier.startsWith('.')).map((specifier) => relative(SRC, resolve(dirname(file), specifier)));
    graph.set(relative(SRC, file), targets);
  }
  return graph;
}

/** The packages a source file and everything it loads statically import. */
function packagesLoadedBy(start: string, graph: Map<string, string[]>): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !graph.has(file)) return;
    seen.add(file);
    for (const specifier of staticImports(readFileSync(join(SRC, file), 'utf8'))) {
      if (!specifier.startsWith('.') && !specifier.startsWith('node:')) packages.add(specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
    }
    for (const target of graph.get(file)!) visit(target);
  };
  visit(start);
  return packages;
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

  it('loads no parser, schema library or tokenizer data until a skill has to be checked', () => {
    // A check answered from the cache runs only the commands module and what it imports statically.
    expect([...packagesLoadedBy('cli/commands.ts', graph)].sort()).toEqual([]);
  });

  it('imports zod as a namespace, so bundles keep only the schema kinds used and the English messages', () => {
    // `import { z }` takes zod's whole namespace object, which holds every locale: 750 KB against 210 KB.
    const wholeNamespace = [...graph.keys()].filter((file) => /import\s*\{\s*z\s*\}\s*from\s*['"]zod['"]/.test(readFileSync(join(SRC, file), 'utf8')));
    expect(wholeNamespace).toEqual([]);
  });
});
