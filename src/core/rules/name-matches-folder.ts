import type { SkillRule } from './types.ts';

const rule: SkillRule = {
  id: 'name-matches-folder',
  scope: 'skill',
  severity: 'error',
  preset: 'spec',
  docs: {
    summary: '`name` equals the skill folder name (or the file stem of a single-file skill), so agents can find the skill by name.',
    pass: '# skills/devops/docker/SKILL.md\n---\nname: docker\ndescription: Builds small, secure container images. Use when writing a Dockerfile.\n---\n',
    fail: '# skills/devops/docker/SKILL.md\n---\nname: containers\ndescription: Builds small, secure container images. Use when writing a Dockerfile.\n---\n',
  },
  check({ skill, report }) {
    const field = skill.frontmatter?.fields.get('name');
    if (!field || typeof field.value !== 'string' || field.value.trim() === '') return;
    const name = field.value.normalize('NFKC');
    const expected = skill.source.expectedName.normalize('NFKC');
    if (name === expected) return;
    const where = skill.source.layout === 'folder' ? `folder "${skill.source.expectedName}"` : `file name "${skill.source.expectedName}.md"`;
    report(field.valueSpan, `\`name\` "${field.value}" does not match its ${where}; rename one so they are equal`);
  },
};
export default rule;
