// Why a skill matched a query, and an excerpt of its body around the match: the same analysis
// (words, stop words, stemming, synonyms) as the runtime's ranking, so what is shown is what counted.
import type { SkillRecord } from '../core/schema.ts';
import { queryTerms, terms, words } from '../core/search-terms.ts';

export type MatchField = 'name' | 'description' | 'tags' | 'headings' | 'body';

export interface MatchedTerm {
  /** The word as the skill writes it (the first one seen). */
  word: string;
  fields: MatchField[];
}

/** The query's single terms (phrase pairs aside), as the index stores them. */
export function wantedTerms(query: string): Set<string> {
  return new Set([...queryTerms(query).keys()].filter((term) => !term.includes('_')));
}

const termOf = (word: string) => terms(word)[0];

function fieldTexts(skill: SkillRecord): Record<MatchField, string> {
  return {
    name: [skill.name, ...skill.aliases].join(' ').replace(/-/g, ' '),
    description: skill.description,
    tags: [...skill.tags, skill.category ?? ''].join(' ').replace(/-/g, ' '),
    headings: skill.headings.map((heading) => heading.text).join('. '),
    body: skill.body,
  };
}

/** Each query term found in the skill, with the fields it was found in, in query order. */
export function explainMatch(skill: SkillRecord, query: string): MatchedTerm[] {
  const wanted = wantedTerms(query);
  const found = new Map<string, MatchedTerm>();
  const texts = fieldTexts(skill);
  for (const field of Object.keys(texts) as MatchField[]) {
    for (const word of words(texts[field])) {
      const term = termOf(word);
      if (term === undefined || !wanted.has(term)) continue;
      let match = found.get(term);
      if (!match) found.set(term, (match = { word, fields: [] }));
      if (!match.fields.includes(field)) match.fields.push(field);
    }
  }
  const order = [...wanted];
  return [...found].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0])).map(([, match]) => match);
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** `[text](url)` → `[text]`: each search starts after the previous link, so the scan stays linear. */
function withoutLinkTargets(line: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = line.indexOf('](', at);
    if (open === -1) break;
    const close = line.indexOf(')', open + 2);
    if (close === -1) break;
    out += line.slice(at, open + 1);
    at = close + 1;
  }
  return out + line.slice(at);
}

/** Markdown line markers and inline syntax removed, so an excerpt reads as the sentence it is. */
function plainLine(line: string): string {
  return withoutLinkTargets(line.replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+)/, ''))
    .replace(/!?\[|\]/g, '')
    .replace(/[`*_]+/g, '')
    .replace(/\|/g, ' ')
    .trim();
}

/**
 * The line of the body holding the most query terms, a sentence before a heading (code blocks skipped),
 * cut to about `length` characters around its first match, as text parts with the matching words marked.
 */
export function bodyExcerpt(body: string, query: string, length = 180): ExcerptPart[] | null {
  const wanted = wantedTerms(query);
  if (wanted.size === 0) return null;
  let best = null as { line: string; hits: Array<[number, number]>; score: number } | null;
  const consider = (line: string, heading: boolean) => {
    if (line === '') return;
    const hits: Array<[number, number]> = [];
    const seen = new Set<string>();
    for (const match of line.matchAll(/[\p{L}\p{N}]+/gu)) {
      const term = termOf(match[0]);
      if (term === undefined || !wanted.has(term)) continue;
      hits.push([match.index, match.index + match[0].length]);
      seen.add(term);
    }
    // More distinct terms win; at equal count a sentence beats a heading.
    const score = seen.size * 2 + (heading ? 0 : 1);
    if (seen.size > 0 && score > (best?.score ?? 0)) best = { line, hits, score };
  };
  // Paragraphs are joined across their wrapped lines; headings, list items and table rows stand alone.
  let paragraph: string[] = [];
  const flush = () => {
    consider(paragraph.join(' '), false);
    paragraph = [];
  };
  let inFence = false;
  for (const raw of body.split('\n')) {
    if (/^\s{0,3}(?:```|~~~)/.test(raw)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const line = plainLine(raw);
    if (line === '') flush();
    else if (/^\s{0,3}#/.test(raw)) {
      flush();
      consider(line, true);
    } else {
      if (/^\s{0,3}(?:[-*+]\s|\d{1,9}[.)]\s|\|)/.test(raw)) flush();
      paragraph.push(line);
    }
  }
  flush();
  if (!best) return null;
  const { line, hits } = best;
  let start = Math.max(0, hits[0]![0] - Math.floor(length / 3));
  if (start > 0) start = line.indexOf(' ', start) + 1 || start;
  let end = Math.min(line.length, start + length);
  if (end < line.length && line.lastIndexOf(' ', end) > start) end = line.lastIndexOf(' ', end);
  const parts: ExcerptPart[] = [];
  let at = start;
  for (const [from, to] of hits) {
    if (from < start || to > end) continue;
    if (from > at) parts.push({ text: line.slice(at, from), mark: false });
    parts.push({ text: line.slice(from, to), mark: true });
    at = to;
  }
  if (at < end) parts.push({ text: line.slice(at, end), mark: false });
  if (start > 0) parts.unshift({ text: '… ', mark: false });
  if (end < line.length) parts.push({ text: ' …', mark: false });
  return parts;
}

/**
 * Things to try when nothing matched: tags, skill names and category ids with a part (between
 * hyphens) that shares its first four letters (three for short words) with a word of the query, most
 * common first.
 */
export function suggestions(skills: readonly SkillRecord[], query: string, limit = 6): string[] {
  const queryWords = words(query).filter((word) => word.length >= 3);
  if (queryWords.length === 0) return [];
  const akin = (word: string, part: string) => {
    const size = Math.min(4, word.length, part.length);
    return size >= 3 && word.slice(0, size) === part.slice(0, size);
  };
  const counts = new Map<string, number>();
  const consider = (value: string) => {
    const parts = value.toLowerCase().split('-');
    if (queryWords.some((word) => parts.some((part) => akin(word, part)))) counts.set(value, (counts.get(value) ?? 0) + 1);
  };
  for (const skill of skills) {
    for (const tag of skill.tags) consider(tag);
    consider(skill.name);
    if (skill.category) consider(skill.category);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([value]) => value);
}
