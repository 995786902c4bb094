import type { IndexEntry } from '../core/schema.ts';

/**
 * Skills worth reading next: ranked by shared tags, then by sharing the category, then by name.
 * Skills with nothing in common are never suggested.
 */
export function relatedSkills(skill: IndexEntry, all: readonly IndexEntry[], limit = 5): IndexEntry[] {
  const tags = new Set(skill.tags);
  return all
    .filter((other) => other.name !== skill.name)
    .map((other) => ({ other, score: other.tags.filter((tag) => tags.has(tag)).length * 2 + (other.category === skill.category ? 1 : 0) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || (a.other.name < b.other.name ? -1 : 1))
    .slice(0, limit)
    .map(({ other }) => other);
}
