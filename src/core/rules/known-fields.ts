import { PROFILE_CLIENTS, PROFILES, profileFields } from '../profiles.ts';
import type { SkillRule } from './types.ts';

export const SPEC_FIELDS = ['name', 'description', 'license', 'compatibility', 'metadata', 'allowed-tools'] as const;

const rule: SkillRule = {
  id: 'known-fields',
  scope: 'skill',
  severity: 'error',
  preset: 'spec',
  docs: {
    summary: 'Frontmatter holds only the six fields of the Agent Skills specification, plus those of the chosen agent profile (`--profile`); anything else goes under `metadata`.',
    pass: '---\nname: pdf-tools\ndescription: Extracts text from PDF files. Use when a task involves PDFs.\nmetadata:\n  author: docs-team\n---\n',
    fail: '---\nname: pdf-tools\ndescription: Extracts text from PDF files. Use when a task involves PDFs.\nauthor: docs-team\n---\n',
  },
  check({ skill, config, report }) {
    const fields = skill.frontmatter?.fields;
    if (!fields) return;
    const extra = new Set(profileFields(config.profile).map((field) => field.key));
    for (const field of fields.values()) {
      if ((SPEC_FIELDS as readonly string[]).includes(field.key) || extra.has(field.key)) continue;
      const allowed = config.profile === 'spec' ? `the specification allows only ${SPEC_FIELDS.join(', ')}` : `neither the specification nor ${PROFILE_CLIENTS[config.profile]} knows it`;
      const owner = PROFILES.find((profile) => profileFields(profile).some((known) => known.key === field.key));
      const hint = owner ? `; it is a ${PROFILE_CLIENTS[owner]} field: check with \`--profile ${owner}\` if the skill is meant for ${PROFILE_CLIENTS[owner]}` : '';
      report(field.keySpan, `Unknown frontmatter field "${field.key}"; ${allowed}. Move it under \`metadata\` (as a string value)${hint}`);
    }
  },
};
export default rule;
