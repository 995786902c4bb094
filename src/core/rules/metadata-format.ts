import { describeType } from './name-format.ts';
import type { SkillRule } from './types.ts';

const rule: SkillRule = {
  id: 'metadata-format',
  scope: 'skill',
  severity: 'error',
  preset: 'spec',
  docs: {
    summary: '`metadata`, when present, maps string keys to string values; quote numbers, dates and booleans.',
    pass: '---\nname: pdf-tools\ndescription: Extracts text from PDF files. Use when a task involves PDFs.\nmetadata:\n  version: "1.0"\n---\n',
    fail: '---\nname: pdf-tools\ndescription: Extracts text from PDF files. Use when a task involves PDFs.\nmetadata:\n  version: 1.0\n---\n',
  },
  check({ skill, report }) {
    const frontmatter = skill.frontmatter;
    const field = frontmatter?.fields.get('metadata');
    if (!frontmatter || !field) return;
    if (field.value === null || typeof field.value !== 'object' || Array.isArray(field.value)) {
      report(field.valueSpan, `\`metadata\` must be a mapping of string keys to string values, not ${describeType(field.value)}`);
      return;
    }
    for (const entry of frontmatter.metadataFields.values()) {
      if (typeof entry.value === 'string') continue;
      const hint = entry.value !== null && typeof entry.value !== 'object' ? `; quote it: ${entry.key}: "${entry.source}"` : '';
      report(entry.valueSpan, `\`metadata.${entry.key}\` must be a string, not ${describeType(entry.value)}${hint}`);
    }
  },
};
export default rule;
