// `npm run bench:safety`: how well the threat analysis separates the labelled corpus in tests/safety/corpus/
// (malicious skills and benign look-alikes), on the train split and on the held-out split, and how long
// it takes per skill. `--split train|heldout` limits the run, `--set NAME` (repeatable, e.g. `--set malicious-o
// --set benign-o`) to some sets; `--misses` lists every wrong verdict.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { verdictOf } from '../src/core/verdict.ts';
import { checkPaths } from '../src/node/pipeline.ts';
import { installNodeTokenizer } from '../src/node/tokenizer.ts';

interface Sample {
  id: string;
  label: 'malicious' | 'benign';
  class: string;
  split: 'train' | 'heldout';
}

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'tests/safety/corpus');
const args = process.argv.slice(2);
const onlySplit = args.includes('--split') ? args[args.indexOf('--split') + 1] : null;
const showMisses = args.includes('--misses');
const onlySets = new Set(args.flatMap((arg, i) => (arg === '--set' && args[i + 1] ? [args[i + 1]!] : [])));

installNodeTokenizer();
const samples = new Map<string, Sample & { set: string }>();
for (const set of readdirSync(CORPUS).sort()) {
  if (onlySets.size > 0 && !onlySets.has(set)) continue;
  if (!existsSync(join(CORPUS, set, 'manifest.json'))) {
    console.warn(`${set}: no manifest.json, skipped`);
    continue;
  }
  const manifest = JSON.parse(readFileSync(join(CORPUS, set, 'manifest.json'), 'utf8')) as { samples: Sample[] };
  for (const sample of manifest.samples) if (!onlySplit || sample.split === onlySplit) samples.set(`${set}/${sample.id}`, { ...sample, set });
}

const started = performance.now();
const result = await checkPaths({ cwd: ROOT, paths: [...new Set([...samples.values()].map((s) => join(CORPUS, s.set)))], preset: 'default', cache: false });
const elapsed = performance.now() - started;

const rows = new Map<string, { malicious: number; detected: number; benign: number; falsePositives: number }>();
const misses: string[] = [];
for (const skill of result.skills) {
  const key = relative(CORPUS, skill.found.absolutePath).split('/').slice(0, 2).join('/');
  const sample = samples.get(key);
  if (!sample) continue;
  const { verdict, decidedBy } = verdictOf(skill.diagnostics);
  for (const name of [sample.split, `${sample.split} · ${sample.class}`]) {
    const row = rows.get(name) ?? { malicious: 0, detected: 0, benign: 0, falsePositives: 0 };
    if (sample.label === 'malicious') {
      row.malicious++;
      if (verdict === 'malicious') row.detected++;
      else if (name === sample.split) misses.push(`missed   ${sample.split} ${key} (${sample.class})`);
    } else {
      row.benign++;
      if (verdict === 'malicious') {
        row.falsePositives++;
        if (name === sample.split) misses.push(`false +  ${sample.split} ${key} (${sample.class}): ${decidedBy.map((d) => `${d.rule} ${d.line}:${d.column}`).join(', ')}`);
      }
    }
    rows.set(name, row);
  }
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`);
console.log('split / class                        malicious  recall      benign  false-positive rate');
for (const [name, row] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${name.padEnd(36)} ${String(row.malicious).padStart(9)}  ${percent(row.detected, row.malicious).padStart(8)}  ${String(row.benign).padStart(8)}  ${percent(row.falsePositives, row.benign).padStart(8)}`);
}
console.log(`\n${result.skills.length} skills in ${(elapsed / 1000).toFixed(2)} s (${(elapsed / Math.max(1, result.skills.length)).toFixed(1)} ms per skill, whole check, one process)`);
if (showMisses) console.log(`\n${misses.sort().join('\n')}`);
