import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRIGGERS_PATH } from '../core/rules/evals-triggers.ts';
import { TriggersSchema } from '../core/schema.ts';
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
}

export interface Evaluation {
  prompts: number;
  top1: number;
  top3: number;
  nearMisses: number;
  falseFirst: number;
  perSkill: SkillScore[];
}

/** Runs every skill's trigger evals through the bundle's search. */
export function evaluateTriggers(bundle: SkillBundle, result: CheckResult): Evaluation {
  const perSkill: SkillScore[] = [];
  for (const checked of result.skills) {
    const text = checked.source.resourceTexts[TRIGGERS_PATH];
    const name = checked.record?.name;
    if (!text || !name) continue;
    const triggers = TriggersSchema.parse(JSON.parse(text));
    const score: SkillScore = { name, prompts: 0, top1: 0, top3: 0, falseFirst: 0, nearMisses: 0, misses: [] };
    for (const prompt of triggers.should_trigger) {
      const ranked = bundle.search(prompt, { limit: 3 }).map((hit) => hit.name);
      score.prompts++;
      if (ranked[0] === name) score.top1++;
      if (ranked.includes(name)) score.top3++;
      else score.misses.push({ prompt, got: ranked });
    }
    for (const prompt of triggers.should_not_trigger) {
      score.nearMisses++;
      if (bundle.search(prompt, { limit: 1 })[0]?.name === name) score.falseFirst++;
    }
    perSkill.push(score);
  }
  const sum = (key: 'prompts' | 'top1' | 'top3' | 'falseFirst' | 'nearMisses') => perSkill.reduce((total, skill) => total + skill[key], 0);
  return { prompts: sum('prompts'), top1: sum('top1'), top3: sum('top3'), nearMisses: sum('nearMisses'), falseFirst: sum('falseFirst'), perSkill };
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
