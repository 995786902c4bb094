import type { SkillRule } from './types.ts';

export const MAX_NAME_LENGTH = 64;

/** Problems with a skill name, in the order a fix should address them; empty when valid. */
export function nameProblems(raw: string): string[] {
  const name = raw.normalize('NFKC');
  const problems: string[] = [];
  if (name.trim() === '') return ['`name` must not be empty'];
  if ([...name].length > MAX_NAME_LENGTH) problems.push(`\`name\` is ${[...name].length} characters long; the limit is ${MAX_NAME_LENGTH}`);
  if (name !== name.toLowerCase()) problems.push(`\`name\` "${name}" must be lowercase ("${name.toLowerCase()}")`);
  if (!/^[\p{L}\p{N}-]+$/u.test(name)) problems.push(`\`name\` "${name}" contains invalid characters; use only letters, digits and hyphens`);
  if (name.startsWith('-') || name.endsWith('-')) problems.push('`name` cannot start or end with a hyphen');
  if (name.includes('--')) problems.push('`name` cannot contain consecutive hyphens');
  return problems;
}

const rule: SkillRule = {
  id: 'name-format',
  scope: 'skill',
  severity: 'error',
  preset: 'spec',
  docs: {
    summary: '`name` is required: 1–64 lowercase letters, digits and single hyphens, not starting or ending with a hyphen.',
    pass: '---\nname: release-notes\ndescription: Drafts release notes from merged pull requests. Use when preparing a release.\n---\n',
    fail: '---\nname: Release_Notes\ndescription: Drafts release notes from merged pull requests. Use when preparing a release.\n---\n',
  },
  check({ skill, report }) {
    const frontmatter = skill.frontmatter;
    if (!frontmatter) return;
    const field = frontmatter.fields.get('name');
    if (!field) {
      report({ start: { line: frontmatter.openLine, column: 1 } }, 'Missing required field `name`; add `name: <folder-name>`');
      return;
    }
    if (typeof field.value !== 'string') {
      report(field.valueSpan, `\`name\` must be a string, not ${describeType(field.value)}`);
      return;
    }
    for (const problem of nameProblems(field.value)) report(field.valueSpan, problem);
  },
};
export default rule;

export function describeType(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  return typeof value;
}
