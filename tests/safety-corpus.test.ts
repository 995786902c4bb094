// The labelled corpus (tests/safety/corpus/) as a regression floor for the threat analysis: the figures
// `npm run bench:safety` reports may rise, never fall below what they were when these floors were set.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verdictOf } from '../src/core/verdict.ts';
import { checkPaths } from '../src/node/pipeline.ts';

interface Sample {
  id: string;
  label: 'malicious' | 'benign';
  class: string;
  split: 'train' | 'heldout';
}

/**
 * Measured on the split the rules were never tuned on, as last measured: 499 of 662 malicious found, 33 of 686
 * benign flagged. Both bounds are that measurement, so any fall fails the suite. The split grew by the held-out
 * quarters of sets ad and ae (30 malicious, 30 benign: 21 found, 4 flagged), measured before any rule was written for them.
 */
const HELDOUT_RECALL_FLOOR = 499 / 662;
const HELDOUT_FP_CEILING = 33 / 686;
/** The train split as last measured: 2,351 of 2,359 malicious found, 2 of 2,419 benign flagged. */
const TRAIN_RECALL_FLOOR = 2351 / 2359;
const TRAIN_FP_CEILING = 2 / 2419;

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'tests/safety/corpus');
const sets = readdirSync(CORPUS).sort();
const samples = new Map<string, Sample>();
for (const set of sets) {
  for (const sample of (JSON.parse(readFileSync(join(CORPUS, set, 'manifest.json'), 'utf8')) as { samples: Sample[] }).samples) samples.set(`${set}/${sample.id}`, sample);
}

const verdicts = new Map<string, string>();
beforeAll(async () => {
  const result = await checkPaths({ cwd: ROOT, paths: sets.map((set) => join(CORPUS, set)), preset: 'default', cache: false });
  for (const skill of result.skills) verdicts.set(relative(CORPUS, skill.found.absolutePath).split('/').slice(0, 2).join('/'), verdictOf(skill.diagnostics).verdict);
}, 300_000);

function rates(split: Sample['split']) {
  const inSplit = [...samples].filter(([, sample]) => sample.split === split);
  const malicious = inSplit.filter(([, sample]) => sample.label === 'malicious');
  const benign = inSplit.filter(([, sample]) => sample.label === 'benign');
  return {
    recall: malicious.filter(([key]) => verdicts.get(key) === 'malicious').length / malicious.length,
    falsePositiveRate: benign.filter(([key]) => verdicts.get(key) === 'malicious').length / benign.length,
  };
}

describe('labelled corpus', () => {
  it('has every sample the manifests list, each a checked skill', () => {
    expect(samples.size).toBeGreaterThanOrEqual(600);
    expect([...samples.keys()].filter((key) => !verdicts.has(key))).toEqual([]);
  });
  it('holds the train split', () => {
    const { recall, falsePositiveRate } = rates('train');
    expect(recall).toBeGreaterThanOrEqual(TRAIN_RECALL_FLOOR);
    expect(falsePositiveRate).toBeLessThanOrEqual(TRAIN_FP_CEILING);
  });
  it('holds the held-out split', () => {
    const { recall, falsePositiveRate } = rates('heldout');
    expect(recall).toBeGreaterThanOrEqual(HELDOUT_RECALL_FLOOR);
    expect(falsePositiveRate).toBeLessThanOrEqual(HELDOUT_FP_CEILING);
  });
});
