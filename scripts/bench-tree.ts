// `npm run bench -- --tree DIR [--runs N]`: times the real `skillpack` command on any tree of skills,
// each run a fresh process, next to the floor of listing, reading and hashing every file of the tree,
// `node -e 0`, and — when it is available — the Python reference validator, run by run in turn so
// that the ratios hold on a busy machine. Set SKILLS_REF_SRC to the `src` folder of the reference's
// `skills-ref` package (it needs the strictyaml and click Python modules) to include it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, utimesSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/skillpack.js');
const NODE = process.execPath;

interface Sample {
  wallMs: number;
  /** Peak resident memory of the process in MiB; null when GNU time is not installed. */
  peakMiB: number | null;
  code: number;
}

const GNU_TIME = ['/usr/bin/time', '/bin/time'].find((path) => existsSync(path)) ?? null;

function runOnce(command: string[], cwd: string): Sample {
  const argv = GNU_TIME ? [GNU_TIME, '-f', '\n%M', ...command] : command;
  const started = performance.now();
  const child = spawnSync(argv[0]!, argv.slice(1), { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallMs = performance.now() - started;
  const peakKiB = GNU_TIME ? Number(child.stderr.trim().split('\n').pop()) : NaN;
  return { wallMs, peakMiB: Number.isFinite(peakKiB) ? peakKiB / 1024 : null, code: child.status ?? -1 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs the commands in turn, A B C A B C …, after one warm-up round; returns each one's samples. */
function interleaved(commands: Array<{ argv: string[]; before?: () => void }>, runs: number, cwd: string): Sample[][] {
  const samples: Sample[][] = commands.map(() => []);
  for (let round = 0; round <= runs; round++) {
    commands.forEach((command, i) => {
      command.before?.();
      const sample = runOnce(command.argv, cwd);
      if (round > 0) samples[i]!.push(sample);
    });
  }
  return samples;
}

/** Sets a file's times to now, leaving its content alone. */
function touch(file: string): void {
  const now = new Date();
  utimesSync(file, now, now);
}

function firstSkillFolder(dir: string): string | null {
  const entries = readdirSync(dir, { withFileTypes: true });
  if (entries.some((entry) => entry.name === 'SKILL.md')) return dir;
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name === '.git' || entry.name === 'node_modules') continue;
    const found = firstSkillFolder(join(dir, entry.name));
    if (found) return found;
  }
  return null;
}

/** A Python that can import the reference validator from `src`, or null. */
function referencePython(src: string | undefined): string | null {
  if (!src || !existsSync(join(src, 'skills_ref'))) return null;
  for (const python of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(python, ['-c', 'import sys; sys.path.insert(0, sys.argv[1]); import skills_ref', src]);
    if (probe.status === 0) return python;
  }
  return null;
}

/** Validates every skill folder of a tree with the reference validator, in one process. */
const REFERENCE_DRIVER = `
import os, sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from skills_ref import validate
for folder, dirs, files in os.walk(sys.argv[2]):
    dirs[:] = [d for d in dirs if d not in ('.git', 'node_modules')]
    if 'SKILL.md' in files or 'skill.md' in files:
        validate(Path(folder))
`;

const FLOOR = `
const { readdirSync, readFileSync } = require('node:fs');
const { createHash } = require('node:crypto');
const { join } = require('node:path');
const walk = (dir) => { for (const e of readdirSync(dir, { withFileTypes: true })) { const p = join(dir, e.name); if (e.isDirectory()) walk(p); else if (e.isFile()) createHash('sha256').update(readFileSync(p)).digest('hex'); } };
walk(process.argv[1]);`;

export function benchTree(args: string[]): void {
  const { values } = parseArgs({ args, options: { tree: { type: 'string' }, runs: { type: 'string', default: '5' } }, strict: true });
  const tree = resolve(values.tree!);
  const runs = Math.max(1, Number(values.runs));
  const cwd = process.cwd();
  const one = firstSkillFolder(tree);
  const reference = referencePython(process.env.SKILLS_REF_SRC);
  const skillpack = (...rest: string[]) => [NODE, BIN, ...rest];

  const rows: string[][] = [];
  const row = (label: string, samples: Sample[], base: Sample[] | null, baseLabel: string) => {
    const peaks = samples.map((s) => s.peakMiB).filter((p): p is number => p !== null);
    const ratio = base ? median(samples.map((s, i) => s.wallMs / base[i]!.wallMs)) : null;
    rows.push([label, `${median(samples.map((s) => s.wallMs)).toFixed(0)} ms`, peaks.length ? `${median(peaks).toFixed(0)} MiB` : 'n/a', ratio === null ? '' : `${ratio.toFixed(2)}x ${baseLabel}`, `exit ${samples[0]!.code}`]);
  };

  // Start-up, paired with a bare Node start.
  const [bare, version, help, single] = interleaved(
    [{ argv: [NODE, '-e', '0'] }, { argv: skillpack('--version') }, { argv: skillpack('--help') }, ...(one ? [{ argv: skillpack('check', '--no-cache', one) }] : [])],
    runs,
    cwd,
  );
  row('node -e 0', bare!, null, '');
  row('skillpack --version', version!, bare!, 'node -e 0');
  row('skillpack --help', help!, bare!, 'node -e 0');
  if (single) row('check one skill, cold', single, bare!, 'node -e 0');

  // The whole tree: cold runs paired with the reference (or the floor), the warm run with the floor. The
  // floor and the warm run go back to back, after the reference, so that both meet the same conditions
  // (a run straight after a long cold one is slowed by what that run leaves behind).
  const floorCommand = { argv: [NODE, '-e', FLOOR, tree] };
  const warmArgv = skillpack('check', '--preset', 'default', '--format', 'json', tree);
  const referenceCommand = reference ? { argv: [reference, '-c', REFERENCE_DRIVER, process.env.SKILLS_REF_SRC!, tree] } : null;
  const [spec, cold, ...rest] = interleaved(
    [
      { argv: skillpack('check', '--preset', 'spec', '--no-cache', '--format', 'json', tree) },
      { argv: skillpack('check', '--preset', 'default', '--no-cache', '--format', 'json', tree) },
      ...(referenceCommand ? [referenceCommand] : []),
      floorCommand,
      // Settled by an untimed run first: the run with a touched file (below) leaves the next one a file to read again.
      { argv: warmArgv, before: () => void runOnce(warmArgv, cwd) },
      // One file's times changed (its content is the same): that skill is read and hashed again, the rest answered by
      // their stamps, and nothing printed last time can be reused as a whole.
      ...(one ? [{ argv: warmArgv, before: () => touch(join(one, 'SKILL.md')) }] : []),
    ],
    runs,
    cwd,
  );
  const [ref, floor, warm, touched] = referenceCommand ? rest : [undefined, ...rest];
  row('floor: list, read, sha256 every file', floor!, null, '');
  const against = ref ?? null;
  row('check --preset spec, cold', spec!, against, 'reference');
  row('check (default preset), cold', cold!, against, 'reference');
  row('check (default preset), warm', warm!, floor!, 'floor');
  if (touched) row('check, warm, one file touched', touched, floor!, 'floor');
  if (ref) row('reference validator (skills-ref)', ref, null, '');

  const header = ['run', 'median wall', 'peak RSS', 'ratio (median of paired runs)', ''];
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`Tree: ${tree}; ${runs} runs each after one warm-up, in turn; ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.versions.node}`);
  if (!reference) console.log('Reference validator not found: set SKILLS_REF_SRC to the src folder of skills-ref (needs Python with strictyaml and click).');
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
}
