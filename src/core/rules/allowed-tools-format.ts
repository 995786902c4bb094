import { describeType } from './name-format.ts';
import type { SkillRule } from './types.ts';

/** `allowed-tools` as the space-separated string the specification defines (YAML lists are accepted and joined). */
export function normalizeAllowedTools(value: unknown): string | null {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(' ');
  return null;
}

const rule: SkillRule = {
  id: 'allowed-tools-format',
  scope: 'skill',
  severity: 'error',
  preset: 'spec',
  docs: {
    summary: '`allowed-tools`, when present, is a space-separated string of pre-approved tools (a YAML list of strings is accepted too).',
    pass: '---\nname: git-stats\ndescription: Summarizes repository history. Use when asked about commit activity.\nallowed-tools: Bash(git:*) Read\n---\n',
    fail: '---\nname: git-stats\ndescription: Summarizes repository history. Use when asked about commit activity.\nallowed-tools: 42\n---\n',
  },
  check({ skill, report }) {
    const field = skill.frontmatter?.fields.get('allowed-tools');
    if (!field) return;
    if (typeof field.value === 'string') return;
    if (Array.isArray(field.value)) {
      if (!field.value.every((item) => typeof item === 'string')) {
        report(field.valueSpan, '`allowed-tools` list items must all be strings');
      }
      return;
    }
    report(field.valueSpan, `\`allowed-tools\` must be a space-separated string (or a list of strings), not ${describeType(field.value)}`);
  },
};
export default rule;
