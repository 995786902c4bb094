import { describeType } from './name-format.ts';
import type { SkillRule } from './types.ts';

export const MAX_DESCRIPTION_LENGTH = 1024;

const rule: SkillRule = {
  id: 'description-format',
  scope: 'skill',
  severity: 'error',
  preset: 'spec',
  docs: {
    summary: '`description` is required: a non-empty string of at most 1,024 characters.',
    pass: '---\nname: sql-review\ndescription: Reviews SQL migrations for locking and data-loss risks. Use when a migration is added.\n---\n',
    fail: '---\nname: sql-review\ndescription:\n---\n',
  },
  check({ skill, report }) {
    const frontmatter = skill.frontmatter;
    if (!frontmatter) return;
    const field = frontmatter.fields.get('description');
    if (!field) {
      report({ start: { line: frontmatter.openLine, column: 1 } }, 'Missing required field `description`; say what the skill does and when to use it');
      return;
    }
    if (typeof field.value !== 'string') {
      report(field.valueSpan, `\`description\` must be a string, not ${describeType(field.value)}`);
      return;
    }
    if (field.value.trim() === '') {
      report(field.valueSpan, '`description` must not be empty; say what the skill does and when to use it');
      return;
    }
    const length = [...field.value].length;
    if (length > MAX_DESCRIPTION_LENGTH) {
      report(field.valueSpan, `\`description\` is ${length} characters long; the limit is ${MAX_DESCRIPTION_LENGTH}. Move detail into the body`);
    }
  },
};
export default rule;
