// `npm run bench`: synthetic corpora of realistic skills, timed through the real command, then the
// runtime and the website benchmarks.
// Prints, per corpus size, the read-and-sha256 floor and cold/warm `check` and `build` (median wall
// time of several runs, each a fresh process, and peak memory), with the ratio to the floor.
import { spawnSync } from 'node:child_process';

import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchTree } from './bench-tree.ts';
import { generateCorpus } from './corpus.ts';
import { defaultCacheFile } from '../src/node/cache.ts';
import { compileProjectBundle } from '../src/node/project-bundle.ts';
import { installNodeTokenizer } from '../src/node/tokenizer.ts';
import { loadBundle } from '../src/runtime/index.ts';

if (process.argv.includes('--tree')) {
  benchTree(process.argv.slice(2));
  process.exit(0);
}

const ROOT = resolve(import.meta.dirname, '..');
const CHILD = join(ROOT, 'scripts/bench-child.js');
const sizes = (process.env.BENCH_SIZES ?? '200,2000,10000').split(',').map(Number);
const REFERENCE_MS_PER_SKILL = 3000 / 1933;

interface Run {
  wallMs: number;
  maxRssKiB: number;
  code: number;
}

function runCommand(args: string[], cwd: string): Run {
  const started = performance.now();
  const child = spawnSync(process.execPath, [CHILD, ...args], { cwd, encoding: 'utf8' });
  const wallMs = performance.now() - started;
  const report = JSON.parse(child.stderr.trim().split('\n').pop() ?? '{}') as { code: number; maxRssKiB: number };
  return { wallMs, maxRssKiB: report.maxRssKiB, code: report.code };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function walkFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walkFiles(path, out);
    else out.push(path);
  }
  return out;
}

/** The floor: list, read and sha256 every file of the corpus, in a fresh process like the real runs. */
function floorMs(tree: string): number {
  const script = `
    const { readdirSync, readFileSync } = require('node:fs');
    const { createHash } = require('node:crypto');
    const { join } = require('node:path');
    const walk = (dir) => { for (const e of readdirSync(dir, { withFileTypes: true })) { const p = join(dir, e.name); if (e.isDirectory()) walk(p); else createHash('sha256').update(readFileSync(p)).digest('hex'); } };
    walk(${JSON.stringify(tree)});`;
  const started = performance.now();
  spawnSync(process.execPath, ['-e', script]);
  return performance.now() - started;
}

const rows: string[][] = [];
const searchRows: string[] = [];

/** Search latency over a built bundle: the index is built on the first query, then 300 queries are timed. */
async function benchSearch(bundleFile: string, size: number): Promise<string[]> {
  const bundle = await loadBundle(bundleFile);
  const indexStarted = performance.now();
  bundle.search('warm up the index');
  const indexMs = performance.now() - indexStarted;
  const queries = Array.from({ length: 300 }, (_, i) => QUERIES[i % QUERIES.length]!);
  const times = queries.map((query) => {
    const started = performance.now();
    bundle.search(query, { limit: 10 });
    return performance.now() - started;
  });
  const sorted = [...times].sort((a, b) => a - b);
  return [
    `search over ${size} skills: index built in ${indexMs.toFixed(0)} ms on first query; p50 ${median(times).toFixed(3)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)]!.toFixed(3)} ms over ${times.length} queries (goal p50 <= 1 ms)`,
  ];
}

/** Load and verify the real catalog's bundle, in this process, after one warm-up load. */
async function benchCatalogLoad(): Promise<string> {
  installNodeTokenizer();
  const { bundle } = await compileProjectBundle(ROOT);
  if (!bundle) return 'catalog bundle: the catalog has errors, not measured';
  const file = join(work, 'catalog-skills.json');
  writeFileSync(file, JSON.stringify(bundle));
  const sizeMiB = (Buffer.byteLength(JSON.stringify(bundle)) / 1024 / 1024).toFixed(1);
  const first = performance.now();
  await loadBundle(file);
  const firstMs = performance.now() - first;
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    await loadBundle(file);
    times.push(performance.now() - started);
  }
  return `load + verify the catalog bundle (${bundle.skills.length} skills, ${sizeMiB} MiB): first ${firstMs.toFixed(1)} ms, median of 20 ${median(times).toFixed(1)} ms (goal <= 20 ms)`;
}

const QUERIES = [
  'roll back a failed helm release',
  'fastapi endpoint returns 422 for a valid json body',
  'write a multi-stage dockerfile for a go service',
  'retry with exponential backoff when the payment api times out',
  'prometheus alert for error budget burn rate',
  'react component re-renders too often',
  'set up pytest fixtures for a database',
  'stride threat model for a login service',
  'tune hnsw parameters for recall',
  'airflow dag runs twice after the upgrade',
  'deploy migrations without downtime on postgres',
  'query cache retry shard partition',
];
const work = mkdtempSync(join(tmpdir(), 'skillpack-bench-'));
try {
  for (const size of sizes) {
    const project = join(work, `corpus-${size}`);
    const tree = join(project, 'skills');
    mkdirSync(project, { recursive: true });
    generateCorpus(tree, size);
    const files = walkFiles(tree);
    const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
    const repeats = size >= 10000 ? 3 : 5;
    const floor = median(Array.from({ length: repeats }, () => floorMs(tree)));
    const cacheFile = defaultCacheFile(project, [tree])!;

    const measure = (label: string, args: string[], warm: boolean) => {
      const runs: Run[] = [];
      for (let i = 0; i < repeats; i++) {
        if (!warm) rmSync(cacheFile, { recursive: true, force: true });
        runs.push(runCommand(args, project));
      }
      const wall = median(runs.map((run) => run.wallMs));
      const rss = Math.max(...runs.map((run) => run.maxRssKiB));
      rows.push([
        String(size),
        label,
        `${wall.toFixed(0)} ms`,
        `${(rss / 1024).toFixed(0)} MiB`,
        `${(wall / floor).toFixed(1)}x`,
        label.startsWith('check') ? `${((wall / (size * REFERENCE_MS_PER_SKILL)) * 100).toFixed(0)}%` : '',
        `exit ${runs[0]!.code}`,
      ]);
    };

    rows.push([String(size), `floor: read+sha256 ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB`, `${floor.toFixed(0)} ms`, '', '1.0x', '', '']);
    measure('check --preset spec, cold', ['check', 'skills', '--preset', 'spec', '--format', 'json'], false);
    measure('check (default preset), cold', ['check', 'skills', '--format', 'json'], false);
    measure('check (default preset), warm', ['check', 'skills', '--format', 'json'], true);
    measure('build, cold', ['build', '--source', 'skills', '--out', 'out'], false);
    measure('build, warm', ['build', '--source', 'skills', '--out', 'out'], true);
    if (size === 2000) searchRows.push(...(await benchSearch(join(project, 'out', 'skills.json'), size)));
    rmSync(project, { recursive: true, force: true });
  }
} catch (error) {
  rmSync(work, { recursive: true, force: true });
  throw error;
}

/**
 * The slowest of several 1 MB pathological SKILL.md files (a repeated prefix of a rule's pattern),
 * checked cold through the real command, process start included. Goal: at most 1 s each.
 */
function benchPathological(): string {
  const fragments = ['x', 'eyJ-', 'a_', '> ', '> - ', '1. > ', '&amp;', 'curl ', '<!--', '\u{1F3F4}\u{E0067}', 'ignore all '];
  const frontmatter = '---\nname: big\ndescription: A hostile skill. Use when benchmarking.\n---\n';
  let slowest = { fragment: '', ms: 0 };
  for (const fragment of fragments) {
    const filler = fragment.repeat(Math.ceil((1024 * 1024 - 200) / fragment.length)).slice(0, 1024 * 1024 - 200);
    const project = mkdtempSync(join(work, 'pathological-'));
    mkdirSync(join(project, 'big'), { recursive: true });
    writeFileSync(join(project, 'big', 'SKILL.md'), `${frontmatter}${filler}\n`);
    const ms = median(Array.from({ length: 3 }, () => runCommand(['check', 'big', '--no-cache'], project).wallMs));
    if (ms > slowest.ms) slowest = { fragment, ms };
    rmSync(project, { recursive: true, force: true });
  }
  return `1 MB pathological SKILL.md (worst of ${fragments.length} patterns: ${JSON.stringify(slowest.fragment)}): check ${slowest.ms.toFixed(0)} ms (goal ≤ 1000 ms)`;
}

const pathologicalLine = benchPathological();
const catalogLine = await benchCatalogLoad();
const header = ['skills', 'run', 'median wall', 'peak RSS', 'vs floor', 'vs reference*', ''];
const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of rows) console.log(line(row));
console.log(`\nCompiler:\n  ${pathologicalLine}\n\nRuntime:\n  ${catalogLine}\n  ${searchRows.join('\n  ')}`);
console.log(
  `\n* Share of the Python reference validator's time for the same number of skills, taken as ${REFERENCE_MS_PER_SKILL.toFixed(2)} ms per skill\n` +
    '  (1,933 real skills in about 3.0 s, measured outside this benchmark; the reference is not installed here). Goal: at most 20% at 2,000 skills.',
);
rmSync(work, { recursive: true, force: true });

if (process.env.BENCH_SITE !== '0') {
  console.log('\nWebsite (scripts/bench-site.ts; BENCH_SITE=0 skips it):');
  spawnSync(process.execPath, [join(ROOT, 'scripts/bench-site.ts')], { stdio: 'inherit' });
}
