import type { Bundle, SkillRecord } from '../core/schema.ts';
import { BundleParseError, BundleReadError } from './errors.ts';
import { toPrompt } from '../core/prompt.ts';
import { SearchIndex, type SearchHit, type SearchOptions } from './search.ts';
import { assertBundleShape, assertPinned, assertUniqueNames, pinnedDigest, verifyDigests } from './verify.ts';

export interface SearchResult {
  name: string;
  score: number;
  skill: SkillRecord;
  /** The query's words found in the skill's name, description, tags or category: why it matched. */
  matched: string[];
}

export interface Selection {
  /** Skills to load, best first. */
  skills: SkillRecord[];
  /** Sum of their body token estimates. */
  tokens: number;
  /** The ranked candidates the selection was made from. */
  candidates: SearchResult[];
}

export interface SelectOptions {
  /** Most tokens of skill bodies to load (default 8,000). */
  tokenBudget?: number;
  /** Most skills to load (default 3). */
  maxSkills?: number;
  /** Only skills scoring at least this share of the best score are considered (default 0.5). */
  minRelativeScore?: number;
}

export interface PromptOptions {
  /** Skills to list (default: all, by name). */
  skills?: readonly SkillRecord[];
  /** Where the agent can read each skill (default: the skill's path in the catalog). */
  locate?: (skill: SkillRecord) => string;
  /** Most tokens the listing may take, counted with each skill's `metadataTokens` (default: no limit). */
  tokenBudget?: number;
  /**
   * The task at hand. When the budget cannot hold every skill, the most relevant ones to this task (by
   * search ranking) are listed, best first; without a task, the categories take turns (see `prompt`).
   */
  task?: string;
}

/** A rendered prompt block and what it holds. */
export interface PromptListing {
  /** The `<available_skills>` block. */
  text: string;
  /** The skills listed, in the order they appear. */
  skills: SkillRecord[];
  /** How many of the candidate skills were left out to stay within the token budget. */
  omitted: number;
}

/** A loaded, verified bundle with lookup, search, selection and prompt rendering. */
export class SkillBundle {
  readonly format: number;
  readonly generator: string;
  readonly digest: string;
  readonly tokenizer: string;
  readonly skills: readonly SkillRecord[];
  private readonly byName = new Map<string, SkillRecord>();
  private index: SearchIndex | null = null;

  constructor(bundle: Bundle) {
    this.format = bundle.format;
    this.generator = bundle.generator;
    this.digest = bundle.digest;
    this.tokenizer = bundle.tokenizer;
    this.skills = bundle.skills;
    for (const skill of bundle.skills) this.byName.set(skill.name, skill);
    for (const skill of bundle.skills) for (const alias of skill.aliases) if (!this.byName.has(alias)) this.byName.set(alias, skill);
  }

  /** Every skill, sorted by name. */
  list(): readonly SkillRecord[] {
    return this.skills;
  }

  /** A skill by its name or one of its aliases. */
  get(nameOrAlias: string): SkillRecord | undefined {
    return this.byName.get(nameOrAlias);
  }

  /**
   * Ranked full-text search (BM25F over name, description, tags, headings and body); best first.
   * Matches below the relevance floor (`RELEVANCE_FLOOR`) are left out unless `includeWeak` is set,
   * so a request that no skill covers finds nothing.
   */
  search(query: string, options: SearchOptions = {}): SearchResult[] {
    this.index ??= new SearchIndex(this.skills);
    return this.index.search(query, options).map((hit: SearchHit) => ({ name: hit.skill.name, score: round(hit.score), skill: hit.skill, matched: hit.fieldWords }));
  }

  /** Picks the skills to load for a task: the best matches that fit the token budget together. */
  select(task: string, options: SelectOptions = {}): Selection {
    const budget = options.tokenBudget ?? 8000;
    const maxSkills = options.maxSkills ?? 3;
    const minRelative = options.minRelativeScore ?? 0.5;
    const candidates = this.search(task, { limit: 10 });
    const best = candidates[0]?.score ?? 0;
    const skills: SkillRecord[] = [];
    let tokens = 0;
    for (const candidate of candidates) {
      if (skills.length >= maxSkills || candidate.score < best * minRelative) break;
      const cost = candidate.skill.stats.bodyTokens;
      if (tokens + cost > budget) continue;
      skills.push(candidate.skill);
      tokens += cost;
    }
    return { skills, tokens, candidates };
  }

  /** The `<available_skills>` block for an agent's system prompt. */
  toPrompt(options: PromptOptions = {}): string {
    return this.prompt(options).text;
  }

  /**
   * The `<available_skills>` block with the skills it lists and how many were left out. Within a token
   * budget, skills are taken in priority order while they fit: with a task, by relevance to it (skills
   * that do not match it follow in the order below); without one, the categories take turns, in name
   * order, each offering its next skill by name, so a small budget still covers every category.
   */
  prompt(options: PromptOptions = {}): PromptListing {
    const locate = options.locate ?? ((skill: SkillRecord) => skill.path);
    const candidates = options.skills ?? this.skills;
    let listed: SkillRecord[] = [...candidates];
    if (options.tokenBudget !== undefined) {
      const picked: SkillRecord[] = [];
      let spent = 0;
      for (const skill of this.priority(candidates, options.task)) {
        if (spent + skill.stats.metadataTokens > options.tokenBudget) continue;
        spent += skill.stats.metadataTokens;
        picked.push(skill);
      }
      // With a task the listing reads best first; otherwise it keeps the catalog's order.
      const kept = new Set(picked);
      listed = options.task?.trim() ? picked : candidates.filter((skill) => kept.has(skill));
    }
    const text = toPrompt(listed.map((skill) => ({ name: skill.name, description: skill.description, location: locate(skill) })));
    return { text, skills: listed, omitted: candidates.length - listed.length };
  }

  /** The candidates in the order a budgeted listing takes them. */
  private priority(candidates: readonly SkillRecord[], task: string | undefined): SkillRecord[] {
    const balanced = roundRobin(candidates);
    if (!task?.trim()) return balanced;
    const allowed = new Set(candidates);
    const relevant = this.search(task, { limit: this.skills.length })
      .map((result) => result.skill)
      .filter((skill) => allowed.has(skill));
    const ranked = new Set(relevant);
    return [...relevant, ...balanced.filter((skill) => !ranked.has(skill))];
  }
}

/** Skills grouped by category (categories in name order, uncategorized last), then taken one from each category in turn. */
function roundRobin(skills: readonly SkillRecord[]): SkillRecord[] {
  const groups = new Map<string, SkillRecord[]>();
  for (const skill of skills) {
    const key = skill.category ?? '';
    const group = groups.get(key) ?? [];
    group.push(skill);
    groups.set(key, group);
  }
  const byName = (a: SkillRecord, b: SkillRecord) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const order = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0));
  const queues = order.map((key) => groups.get(key)!.sort(byName));
  const out: SkillRecord[] = [];
  for (let round = 0; out.length < skills.length; round++) for (const queue of queues) if (round < queue.length) out.push(queue[round]!);
  return out;
}

/** Ranks the skills of a loaded bundle for a query, best first: the function form of `bundle.search`. */
export function search(bundle: SkillBundle, query: string, options: SearchOptions = {}): SearchResult[] {
  return bundle.search(query, options);
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

export interface LoadOptions {
  /**
   * The digest the bundle must have (`sha256:<hex>` or `<hex>`, as printed by `skillpack build` and
   * stored in the bundle's `digest`). Without it any intact bundle loads; with it, only that build.
   */
  digest?: string;
}

/**
 * Loads a bundle from a file path, a URL (http(s): or file:) or an already parsed object, and verifies
 * it: the format version, the shape of every field, names that mean one skill each, every skill's
 * digest against its content and, when pinned, the bundle's digest. Throws a BundleError subclass
 * saying what is wrong (a TypeError for a malformed `digest` option).
 */
export async function loadBundle(source: string | URL | object, options: LoadOptions = {}): Promise<SkillBundle> {
  if (options.digest !== undefined) pinnedDigest(options.digest);
  const data = typeof source === 'object' && !(source instanceof URL) ? source : parseJson(await readSource(source));
  assertBundleShape(data);
  assertUniqueNames(data.skills);
  assertPinned(data, options.digest);
  await verifyDigests(data);
  return new SkillBundle(data);
}

async function readSource(source: string | URL): Promise<string> {
  const url = source instanceof URL ? source : /^(https?|file):/i.test(source) ? new URL(source) : null;
  try {
    if (url && url.protocol !== 'file:') {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
      return await response.text();
    }
    // One synchronous read: for a bundle of a few MB it takes about a millisecond, where the chunked
    // asynchronous read costs several times that.
    const moduleName = 'node:fs';
    const { readFileSync } = (await import(/* @vite-ignore */ moduleName)) as typeof import('node:fs');
    return new TextDecoder().decode(readFileSync(url ?? source));
  } catch (error) {
    throw new BundleReadError(`Cannot read bundle ${String(source)}: ${(error as Error).message}`);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const trimmed = text.trim();
    const cut = /end of (JSON )?input|Unterminated/i.test(message) || (trimmed.startsWith('{') && !trimmed.endsWith('}'));
    throw new BundleParseError(cut ? 'truncated' : 'invalid-json', cut ? `Bundle is truncated (the JSON ends early): ${message}` : `Bundle is not valid JSON: ${message}`);
  }
}
