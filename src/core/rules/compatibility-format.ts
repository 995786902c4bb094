import { describeType } from './name-format.ts';
import type { SkillRule } from './types.ts';

export const MAX_COMPATIBILITY_LENGTH = 500;

const rule: SkillRule = {
  id: 'compatibility-format',
  scope: 'skill',
  severity: 'error',
  preset: 'spec',
  docs: {
    summary: '`compatibility`, when present, is a string of 1–500 characters describing environment requirements.',
    pass: '---\nname: pdf-tools\ndescription: Extracts text from PDF files. Use when a task involves PDFs.\ncompatibility: Requires Python 3.11+ and poppler-utils\n---\n',
    fail: '---\nname: pdf-tools\ndescription: Extracts text from PDF files. Use when a task involves PDFs.\ncompatibility:\n  python: 3.11\n---\n',
  },
  check({ skill, report }) {
    const field = skill.frontmatter?.fields.get('compatibility');
    if (!field) return;
    if (typeof field.value !== 'string') {
      report(field.valueSpan, `\`compatibility\` must be a string, not ${describeType(field.value)}`);
      return;
    }
    const length = [...field.value].length;
    if (length === 0) report(field.valueSpan, '`compatibility` must not be empty; remove the field or describe the requirements');
    else if (length > MAX_COMPATIBILITY_LENGTH) {
      report(field.valueSpan, `\`compatibility\` is ${length} characters long; the limit is ${MAX_COMPATIBILITY_LENGTH}`);
    }
  },
};
export default rule;
