import { describeType } from './name-format.ts';
import type { SkillRule } from './types.ts';

const rule: SkillRule = {
  id: 'license-format',
  scope: 'skill',
  severity: 'error',
  preset: 'spec',
  docs: {
    summary: '`license`, when present, is a non-empty string: an SPDX identifier or the name of a bundled license file.',
    pass: '---\nname: pdf-tools\ndescription: Extracts text from PDF files. Use when a task involves PDFs.\nlicense: Apache-2.0\n---\n',
    fail: '---\nname: pdf-tools\ndescription: Extracts text from PDF files. Use when a task involves PDFs.\nlicense: [MIT, Apache-2.0]\n---\n',
  },
  check({ skill, report }) {
    const field = skill.frontmatter?.fields.get('license');
    if (!field) return;
    if (typeof field.value !== 'string') report(field.valueSpan, `\`license\` must be a string, not ${describeType(field.value)}`);
    else if (field.value.trim() === '') report(field.valueSpan, '`license` must not be empty; remove it or name the license');
  },
};
export default rule;
