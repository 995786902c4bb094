import type { SkillRule } from './types.ts';

export const SPEC_FIELDS = ['name', 'description', 'license', 'compatibility', 'metadata', 'allowed-tools'] as const;

const rule: SkillRule = {
  id: 'known-fields',
  scope: 'skill',
  severity: 'error',
  preset: 'spec',
  docs: {
    summary: 'Frontmatter holds only the six fields of the Agent Skills specification; anything else goes under `metadata`.',
    pass: '---\nname: pdf-tools\ndescription: Extracts text from PDF files. Use when a task involves PDFs.\nmetadata:\n  author: docs-team\n---\n',
    fail: '---\nname: pdf-tools\ndescription: Extracts text from PDF files. Use when a task involves PDFs.\nauthor: docs-team\n---\n',
  },
  check({ skill, report }) {
    const fields = skill.frontmatter?.fields;
    if (!fields) return;
    for (const field of fields.values()) {
      if ((SPEC_FIELDS as readonly string[]).includes(field.key)) continue;
      report(
        field.keySpan,
        `Unknown frontmatter field "${field.key}"; the specification allows only ${SPEC_FIELDS.join(', ')}. Move it under \`metadata\` (as a string value)`,
      );
    }
  },
};
export default rule;
