import type { SkillRule } from './types.ts';

/**
 * Agents list every skill's description in their system prompt, so a catalog keeps each one short
 * enough that the whole listing fits the small share of context set aside for it.
 */
export const CATALOG_DESCRIPTION_LENGTH = 350;

const rule: SkillRule = {
  id: 'description-length',
  scope: 'skill',
  severity: 'error',
  preset: 'catalog',
  docs: {
    summary: `Catalog descriptions are at most ${CATALOG_DESCRIPTION_LENGTH} characters (the specification allows 1,024), so the listing of the whole catalog stays small in an agent's prompt.`,
    pass: '---\nname: sql-review\ndescription: Reviews SQL migrations for locking and data-loss risks. Use when a migration is added.\n---\n',
    fail: `---\nname: sql-review\ndescription: Reviews SQL migrations for locking and data-loss risks${', table rewrites'.repeat(20)}. Use when a migration is added.\n---\n`,
  },
  check({ skill, report }) {
    const field = skill.frontmatter?.fields.get('description');
    if (!field || typeof field.value !== 'string') return;
    const length = [...field.value].length;
    if (length <= CATALOG_DESCRIPTION_LENGTH) return;
    report(field.valueSpan, `\`description\` is ${length} characters long; catalog skills keep it to ${CATALOG_DESCRIPTION_LENGTH}: what the skill does, when to use it, and which neighbouring skill to use instead. Move the detail into the body`);
  },
};
export default rule;
