import { queryTerms, terms } from '../search-terms.ts';
import type { SkillSummary, TreeRule } from './types.ts';

/**
 * Similarity at which two skills count as overlapping: the mean of the cosine between their profiles
 * (name and description) and between their trigger prompts, both tf-idf over the search index's stemmed
 * terms. Calibrated on this catalog as it was before its twins were split: the least similar twin
 * (`kubernetes-security` / `k8s-security-policies`) scored 0.19, the most similar 0.36, and 34 pairs
 * reached 0.185. A pair whose descriptions each name the other (a stated split) is not reported.
 */
export const OVERLAP_THRESHOLD = 0.185;
/** Similarity at which a stated split is not believed: the two skills say nearly the same thing. */
export const DUPLICATE_THRESHOLD = 0.5;
/** How much the name's words count against the description's. */
const NAME_WEIGHT = 2;
/** Terms held by more skills than this are skipped when pairing skills: they say little (their idf is low) and would make pairing quadratic in a large tree. */
const MAX_SHARED = 64;

type Vector = Map<string, number>;

const BACKTICKED = /`([a-z0-9]+(?:-[a-z0-9]+)*)`/g;

/** The names a text points to in backticks. */
function pointedNames(text: string): string[] {
  return [...text.matchAll(BACKTICKED)].map((match) => match[1]!);
}

interface Profile {
  skill: SkillSummary;
  names: Set<string>;
  /** Skill names and aliases the description points to ("Not for X; use `other`."). */
  pointsTo: Set<string>;
  profile: Vector;
  triggers: Vector | null;
}

function addCounts(into: Vector, list: readonly string[]): void {
  for (const term of list) into.set(term, (into.get(term) ?? 0) + 1);
}

/** tf-idf with a smoothed idf (small trees keep a signal), normalized to unit length. */
function weigh(counts: Vector, frequencies: Map<string, number>, total: number): Vector {
  const out: Vector = new Map();
  let norm = 0;
  for (const [term, count] of counts) {
    const tf = count >= 1 ? 1 + Math.log(count) : count;
    const weight = tf * Math.log(1 + total / frequencies.get(term)!);
    out.set(term, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [term, weight] of out) out.set(term, weight / norm);
  return out;
}

function documentFrequencies(vectors: ReadonlyArray<Vector | null>): Map<string, number> {
  const frequencies = new Map<string, number>();
  for (const vector of vectors) if (vector) for (const term of vector.keys()) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  return frequencies;
}

/** Each term's postings: the documents holding it, with its weight there, in document order. */
function invert(vectors: ReadonlyArray<Vector | null>): Map<string, Array<[number, number]>> {
  const postings = new Map<string, Array<[number, number]>>();
  vectors.forEach((vector, doc) => {
    if (!vector) return;
    for (const [term, weight] of vector) {
      const list = postings.get(term) ?? [];
      list.push([doc, weight]);
      postings.set(term, list);
    }
  });
  return postings;
}

/**
 * Adds document `doc`'s dot products with every later document sharing a term into `sums`, noting which
 * documents it touched: only pairs with something in common cost time.
 */
function accumulate(vector: Vector | null, doc: number, postings: Map<string, Array<[number, number]>>, sums: Float64Array, seen: Uint8Array, touched: number[]): void {
  if (!vector) return;
  for (const [term, weight] of vector) {
    const list = postings.get(term)!;
    if (list.length < 2 || list.length > MAX_SHARED) continue;
    for (const [other, otherWeight] of list) {
      if (other <= doc) continue;
      if (seen[other] === 0) {
        seen[other] = 1;
        touched.push(other);
      }
      sums[other]! += weight * otherWeight;
    }
  }
}

function profileOf(skill: SkillSummary, allNames: ReadonlySet<string>): Profile {
  const names = new Set([skill.name!.value, ...(skill.aliases ?? []).map((alias) => alias.value)]);
  const description = skill.description?.value ?? '';
  // Sentences that send work to another skill describe that skill, not this one.
  const sentences = description.split(/(?<=[.!?])\s+/);
  const elsewhere = (sentence: string) => pointedNames(sentence).some((name) => !names.has(name) && allNames.has(name));
  const profile: Vector = new Map();
  addCounts(profile, terms(sentences.filter((sentence) => !elsewhere(sentence)).join(' ')));
  for (const [term, weight] of queryTerms(skill.name!.value.replace(/-/g, ' '))) profile.set(term, (profile.get(term) ?? 0) + NAME_WEIGHT * weight);
  let triggers: Vector | null = null;
  if (skill.triggers && skill.triggers.length > 0) {
    triggers = new Map();
    for (const prompt of skill.triggers) addCounts(triggers, terms(prompt));
  }
  return { skill, names, pointsTo: new Set(pointedNames(description).filter((name) => !names.has(name))), profile, triggers };
}

/** Pairs of skills whose descriptions and trigger evals overlap, with their similarity, most similar first. */
export function overlappingPairs(skills: readonly SkillSummary[]): Array<{ a: SkillSummary; b: SkillSummary; similarity: number; split: boolean }> {
  const named = skills.filter((skill) => skill.name !== null);
  const allNames = new Set(named.flatMap((skill) => [skill.name!.value, ...(skill.aliases ?? []).map((alias) => alias.value)]));
  const profiles = named.map((skill) => profileOf(skill, allNames));
  const total = profiles.length;
  const profileVectors = profiles.map((p) => p.profile);
  const triggerVectors = profiles.map((p) => p.triggers);
  const profileFrequencies = documentFrequencies(profileVectors);
  const triggerFrequencies = documentFrequencies(triggerVectors);
  const weightedProfiles = profileVectors.map((vector) => weigh(vector, profileFrequencies, total));
  const weightedTriggers = triggerVectors.map((vector) => (vector ? weigh(vector, triggerFrequencies, total) : null));
  const profilePostings = invert(weightedProfiles);
  const triggerPostings = invert(weightedTriggers);
  const profileSums = new Float64Array(total);
  const triggerSums = new Float64Array(total);
  const seen = new Uint8Array(total);
  const pairs: Array<{ a: SkillSummary; b: SkillSummary; similarity: number; split: boolean }> = [];
  for (let i = 0; i < total; i++) {
    const touched: number[] = [];
    accumulate(weightedProfiles[i]!, i, profilePostings, profileSums, seen, touched);
    accumulate(weightedTriggers[i]!, i, triggerPostings, triggerSums, seen, touched);
    for (const j of touched) {
      const a = profiles[i]!;
      const b = profiles[j]!;
      const similarity = a.triggers !== null && b.triggers !== null ? (profileSums[j]! + triggerSums[j]!) / 2 : profileSums[j]!;
      if (similarity >= OVERLAP_THRESHOLD) {
        const split = [...a.pointsTo].some((name) => b.names.has(name)) && [...b.pointsTo].some((name) => a.names.has(name));
        pairs.push({ a: a.skill, b: b.skill, similarity, split });
      }
    }
    for (const j of touched) profileSums[j] = triggerSums[j] = seen[j] = 0;
  }
  return pairs.sort((x, y) => y.similarity - x.similarity || x.a.file.localeCompare(y.a.file) || x.b.file.localeCompare(y.b.file));
}

const rule: TreeRule = {
  id: 'overlapping-skills',
  scope: 'tree',
  severity: 'warning',
  preset: 'catalog',
  docs: {
    summary:
      'No two skills cover the same ground (their names, descriptions and trigger evals overlap) unless each description says which tasks belong to the other; otherwise an agent cannot choose between them.',
    pass: 'skills/data/dbt ("Sets up and runs dbt projects… Not for modelling patterns; use `dbt-models`.") next to skills/data/dbt-models ("Models data in dbt… Not for setup; use `dbt`.")',
    fail: 'skills/data/dbt ("Runs dbt projects: models, tests, incremental builds.") next to skills/data/dbt-models ("dbt models: incremental builds, tests.")',
  },
  checkTree(skills, report) {
    for (const { a, b, similarity, split } of overlappingPairs(skills)) {
      if (split && similarity < DUPLICATE_THRESHOLD) continue;
      const score = similarity.toFixed(2);
      for (const [self, other] of [
        [a, b],
        [b, a],
      ] as const) {
        const span = self.description?.span ?? self.name!.span;
        report(
          self,
          span,
          split
            ? `"${self.name!.value}" and "${other.name!.value}" (${other.file}) say nearly the same thing (similarity ${score}) despite naming each other; merge them, keeping one name as an alias`
            : `"${self.name!.value}" overlaps "${other.name!.value}" (${other.file}) in description and trigger evals (similarity ${score}); merge them (keep one name as an alias) or split the scope and say in both descriptions which tasks belong to the other ("Not for …; use \`${other.name!.value}\`.")`,
        );
      }
    }
  },
};
export default rule;
