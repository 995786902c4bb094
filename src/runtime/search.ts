import type { SkillRecord } from '../core/schema.ts';
import { bigrams, queryTerms, terms } from '../core/search-terms.ts';

/** How much each field counts, and how strongly its length is normalized (BM25F's w and b). */
const FIELDS = {
  name: { weight: 6, b: 0.2 },
  description: { weight: 3, b: 0.5 },
  tags: { weight: 3, b: 0.3 },
  headings: { weight: 1.5, b: 0.6 },
  body: { weight: 1, b: 0.75 },
} as const;
type Field = keyof typeof FIELDS;
const FIELD_NAMES = Object.keys(FIELDS) as Field[];
const K1 = 1.2;
/** Fields whose adjacent words also count as phrases. */
const PHRASE_FIELDS: ReadonlySet<Field> = new Set(['name', 'description', 'tags', 'headings']);

interface Posting {
  docs: Int32Array;
  weights: Float32Array;
}

/**
 * The relevance floor: a hit counts when its score reaches `idfMultiple` times the largest inverse
 * document frequency a word can have in this bundle (scores grow with it, so the floor follows the
 * size of the catalog), or when the skill's name, description, tags or category hold at least
 * `fieldWords` of the query's words and the score reaches `fieldWordsScoreShare` of that floor.
 * Queries of at most `keywordQueryWords` words are lookups, not tasks, and keep every match.
 * Calibrated on the catalog's trigger queries against everyday requests that no skill covers
 * (evals/off-topic.json; `npm run eval` reports both).
 */
export const RELEVANCE_FLOOR = { idfMultiple: 2.17, fieldWords: 2, fieldWordsScoreShare: 0.6, keywordQueryWords: 2 } as const;

export interface SearchOptions {
  limit?: number;
  category?: string;
  /** Also return weak matches below the relevance floor (default false). */
  includeWeak?: boolean;
}

export interface SearchHit {
  skill: SkillRecord;
  score: number;
  /** The query's words found in the skill's name, description, tags or category. */
  fieldWords: string[];
}

/**
 * The body without lines that point to another skill (`other-name` in backticks): those describe
 * neighbouring tasks ("for X use `other-name`"), and indexing them would rank the skill for exactly
 * the requests it sends elsewhere.
 */
function ownBody(skill: SkillRecord, names: ReadonlySet<string>): string {
  return skill.body
    .split('\n')
    .filter((line) => !pointsElsewhere(line, skill, names))
    .join('\n');
}

/** Whether a piece of text names another skill in backticks (`other-name`). */
function pointsElsewhere(text: string, skill: SkillRecord, names: ReadonlySet<string>): boolean {
  for (const match of text.matchAll(/`([a-z0-9]+(?:-[a-z0-9]+)*)`/g)) if (match[1] !== skill.name && names.has(match[1]!)) return true;
  return false;
}

/** The description without its sentences that send a task elsewhere ("Not for X; use `other-name`."), for the reason given for the body. */
function ownDescription(skill: SkillRecord, names: ReadonlySet<string>): string {
  return skill.description
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !pointsElsewhere(sentence, skill, names))
    .join(' ');
}

function fieldTexts(skill: SkillRecord, names: ReadonlySet<string>): Record<Field, string> {
  return {
    name: [skill.name.replace(/-/g, ' '), ...skill.aliases.map((alias) => alias.replace(/-/g, ' '))].join('. '),
    description: ownDescription(skill, names),
    tags: [...skill.tags, skill.category ?? ''].join(' ').replace(/-/g, ' '),
    headings: skill.headings.map((heading) => heading.text).join('. '),
    body: ownBody(skill, names),
  };
}

/**
 * A BM25F index over the skills of a bundle. Every (term, skill) contribution is computed once at
 * build time, so a query is a sum over the postings of its terms.
 */
export class SearchIndex {
  private readonly skills: readonly SkillRecord[];
  private readonly postings = new Map<string, Posting>();
  /** Each skill's words in the fields that say what it is for (name, aliases, description, tags, category). */
  private readonly fieldWords: Array<ReadonlySet<string>>;
  /** The score at which a hit counts without matching the skill's own fields (see RELEVANCE_FLOOR). */
  private readonly minScore: number;

  constructor(skills: readonly SkillRecord[]) {
    this.skills = skills;
    this.minScore = RELEVANCE_FLOOR.idfMultiple * Math.log(1 + (skills.length - 0.5) / 1.5);
    this.fieldWords = skills.map((skill) => new Set(terms([skill.name, ...skill.aliases, skill.description, ...skill.tags, skill.category ?? ''].join(' ').replace(/-/g, ' '))));
    const count = skills.length;
    const frequencies: Array<Map<string, Float64Array>> = [];
    const lengths = FIELD_NAMES.map(() => new Float64Array(count));
    const names = new Set(skills.flatMap((skill) => [skill.name, ...skill.aliases]));
    skills.forEach((skill, doc) => {
      const texts = fieldTexts(skill, names);
      const perTerm = new Map<string, Float64Array>();
      FIELD_NAMES.forEach((field, f) => {
        const list = terms(texts[field]);
        const all = PHRASE_FIELDS.has(field) ? [...list, ...bigrams(list)] : list;
        lengths[f]![doc] = list.length;
        for (const term of all) {
          let row = perTerm.get(term);
          if (!row) perTerm.set(term, (row = new Float64Array(FIELD_NAMES.length)));
          row[f]!++;
        }
      });
      frequencies.push(perTerm);
    });
    const averages = lengths.map((column) => column.reduce((sum, value) => sum + value, 0) / Math.max(1, count) || 1);

    const byTerm = new Map<string, Array<[number, number]>>();
    frequencies.forEach((perTerm, doc) => {
      for (const [term, row] of perTerm) {
        let weighted = 0;
        FIELD_NAMES.forEach((field, f) => {
          if (row[f] === 0) return;
          const { weight, b } = FIELDS[field];
          weighted += (weight * row[f]!) / (1 - b + (b * lengths[f]![doc]!) / averages[f]!);
        });
        let list = byTerm.get(term);
        if (!list) byTerm.set(term, (list = []));
        list.push([doc, weighted]);
      }
    });
    for (const [term, list] of byTerm) {
      const idf = Math.log(1 + (count - list.length + 0.5) / (list.length + 0.5));
      const docs = new Int32Array(list.length);
      const weights = new Float32Array(list.length);
      list.forEach(([doc, weighted], i) => {
        docs[i] = doc;
        weights[i] = (idf * weighted * (K1 + 1)) / (K1 + weighted);
      });
      this.postings.set(term, { docs, weights });
    }
  }

  private relevant(hit: SearchHit, queryWords: number): boolean {
    // One or two words are a lookup ("erodes", "helm rollback"), not a task to cover: every match counts.
    if (queryWords <= RELEVANCE_FLOOR.keywordQueryWords || hit.score >= this.minScore) return true;
    return hit.fieldWords.length >= RELEVANCE_FLOOR.fieldWords && hit.score >= this.minScore * RELEVANCE_FLOOR.fieldWordsScoreShare;
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = options.limit ?? 10;
    if (limit <= 0) return [];
    const scores = new Float64Array(this.skills.length);
    const touched: number[] = [];
    for (const [term, queryWeight] of queryTerms(query)) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      for (let i = 0; i < posting.docs.length; i++) {
        const doc = posting.docs[i]!;
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] = scores[doc]! + queryWeight * posting.weights[i]!;
      }
    }
    const words = [...new Set(terms(query))];
    // Keep only the best `limit` hits, in order, instead of sorting every skill that matched a term.
    const best: SearchHit[] = [];
    const ranksAbove = (a: SearchHit, b: SearchHit) => a.score > b.score || (a.score === b.score && a.skill.name < b.skill.name);
    for (const doc of touched) {
      const skill = this.skills[doc]!;
      if (options.category !== undefined && skill.category !== options.category) continue;
      const hit = { skill, score: scores[doc]!, fieldWords: words.filter((word) => this.fieldWords[doc]!.has(word)) };
      if (!options.includeWeak && !this.relevant(hit, words.length)) continue;
      if (best.length === limit && !ranksAbove(hit, best[best.length - 1]!)) continue;
      let at = best.length;
      while (at > 0 && ranksAbove(hit, best[at - 1]!)) at--;
      best.splice(at, 0, hit);
      if (best.length > limit) best.pop();
    }
    return best;
  }
}
