import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTriggerSet } from '../core/evals.ts';
import type { SkillBundle } from '../runtime/bundle.ts';
import type { CheckResult } from './pipeline.ts';

export interface SkillScore {
  name: string;
  prompts: number;
  top1: number;
  top3: number;
  /** Near-miss prompts that ranked this skill first. */
  falseFirst: number;
  nearMisses: number;
  /** Prompts that missed the top 3, with the skills that ranked above. */
  misses: Array<{ prompt: string; got: string[] }>;
  /** On the validation split: should-trigger queries that picked the skill first, of how many. */
  validationHits: number;
  validationPositives: number;
  /** On the validation split: queries that picked the skill first although they should not have. */
  validationFalseHits: number;
}

export interface Evaluation {
  prompts: number;
  top1: number;
  top3: number;
  /** Should-trigger prompts whose skill is in the top 3 when weak matches below the relevance floor count too. */
  top3WithoutFloor: number;
  nearMisses: number;
  falseFirst: number;
  perSkill: SkillScore[];
}

/** Trigger precision and recall of one skill on its validation queries (null when nothing was picked or expected). */
export function triggerRates(score: SkillScore): { precision: number | null; recall: number | null } {
  const picked = score.validationHits + score.validationFalseHits;
  return {
    precision: picked === 0 ? null : score.validationHits / picked,
    recall: score.validationPositives === 0 ? null : score.validationHits / score.validationPositives,
  };
}

/** Runs every skill's trigger queries (train and validation) through the bundle's search. */
export function evaluateTriggers(bundle: SkillBundle, result: CheckResult): Evaluation {
  const perSkill: SkillScore[] = [];
  const falsePicks = new Map<string, number>();
  let top3WithoutFloor = 0;
  for (const checked of result.skills) {
    const name = checked.record?.name;
    const set = readTriggerSet(checked.source.resourceTexts);
    if (!set || !name) continue;
    const score: SkillScore = { name, prompts: 0, top1: 0, top3: 0, falseFirst: 0, nearMisses: 0, misses: [], validationHits: 0, validationPositives: 0, validationFalseHits: 0 };
    for (const split of [set.train, set.validation]) {
      for (const { query, should_trigger: shouldTrigger } of split) {
        const ranked = bundle.search(query, { limit: 3 }).map((hit) => hit.name);
        const first = ranked[0] === name;
        if (shouldTrigger) {
          score.prompts++;
          if (first) score.top1++;
          if (ranked.includes(name)) score.top3++;
          else score.misses.push({ prompt: query, got: ranked });
          if (bundle.search(query, { limit: 3, includeWeak: true }).some((hit) => hit.name === name)) top3WithoutFloor++;
        } else {
          score.nearMisses++;
          if (first) score.falseFirst++;
        }
        if (split !== set.validation) continue;
        if (shouldTrigger) score.validationPositives++;
        if (first && shouldTrigger) score.validationHits++;
        // A false pick: this skill's near miss picked it, or its request picked another skill (a near
        // miss that picks some other skill says nothing about that skill).
        const wronglyPicked = shouldTrigger ? (first ? undefined : ranked[0]) : first ? name : undefined;
        if (wronglyPicked !== undefined) falsePicks.set(wronglyPicked, (falsePicks.get(wronglyPicked) ?? 0) + 1);
      }
    }
    perSkill.push(score);
  }
  for (const score of perSkill) score.validationFalseHits = falsePicks.get(score.name) ?? 0;
  const sum = (key: 'prompts' | 'top1' | 'top3' | 'falseFirst' | 'nearMisses') => perSkill.reduce((total, skill) => total + skill[key], 0);
  return { prompts: sum('prompts'), top1: sum('top1'), top3: sum('top3'), top3WithoutFloor, nearMisses: sum('nearMisses'), falseFirst: sum('falseFirst'), perSkill };
}

export interface HeldOutResult {
  cases: number;
  top1: number;
  top3: number;
  misses: Array<{ prompt: string; expected: string; got: string[] }>;
}

/** Scores held-out prompts (written without seeing the skills' descriptions or trigger evals), if the file exists. */
export function evaluateHeldOut(bundle: SkillBundle, cwd: string): HeldOutResult | null {
  const file = join(cwd, 'evals', 'heldout.json');
  if (!existsSync(file)) return null;
  const data = JSON.parse(readFileSync(file, 'utf8')) as { cases: Array<{ prompt: string; expected: string }> };
  const outcome: HeldOutResult = { cases: 0, top1: 0, top3: 0, misses: [] };
  for (const { prompt, expected } of data.cases) {
    const canonical = bundle.get(expected)?.name ?? expected;
    const ranked = bundle.search(prompt, { limit: 3 }).map((hit) => hit.name);
    outcome.cases++;
    if (ranked[0] === canonical) outcome.top1++;
    if (ranked.includes(canonical)) outcome.top3++;
    else outcome.misses.push({ prompt, expected: canonical, got: ranked });
  }
  return outcome;
}

export interface OffTopicResult {
  /** Requests that found no skill at all, per list. */
  calibration: { queries: number; rejected: number };
  validation: { queries: number; rejected: number };
  /** Requests that still found a skill, with the skill. */
  accepted: Array<{ query: string; got: string }>;
}

/** Runs evals/off-topic.json (everyday requests no skill covers) through search, if the file exists. */
export function evaluateOffTopic(bundle: SkillBundle, cwd: string): OffTopicResult | null {
  const file = join(cwd, 'evals', 'off-topic.json');
  if (!existsSync(file)) return null;
  const data = JSON.parse(readFileSync(file, 'utf8')) as { queries: string[]; validation?: string[] };
  const accepted: OffTopicResult['accepted'] = [];
  const run = (queries: readonly string[]) => {
    let rejected = 0;
    for (const query of queries) {
      const top = bundle.search(query, { limit: 1 })[0];
      if (top) accepted.push({ query, got: top.name });
      else rejected++;
    }
    return { queries: queries.length, rejected };
  };
  return { calibration: run(data.queries), validation: run(data.validation ?? []), accepted };
}
