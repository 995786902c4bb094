import type { TreeRule } from './types.ts';

const rule: TreeRule = {
  id: 'unique-names',
  scope: 'tree',
  severity: 'error',
  preset: 'spec',
  docs: {
    summary: 'No two skills in one tree share a name; agents load skills by name.',
    pass: 'skills/devops/docker/SKILL.md (name: docker) and skills/devops/helm/SKILL.md (name: helm)',
    fail: 'skills/devops/docker/SKILL.md and skills/backend/docker/SKILL.md, both named docker',
  },
  checkTree(skills, report) {
    const byName = new Map<string, typeof skills[number][]>();
    for (const skill of skills) {
      const value = skill.frontmatter?.fields.get('name')?.value;
      if (typeof value !== 'string' || value.trim() === '') continue;
      const key = value.normalize('NFKC');
      const group = byName.get(key) ?? [];
      group.push(skill);
      byName.set(key, group);
    }
    for (const [name, group] of byName) {
      if (group.length < 2) continue;
      for (const skill of group) {
        const others = group.filter((other) => other !== skill).map((other) => other.source.file);
        report(skill, skill.frontmatter!.fields.get('name')!.valueSpan, `Skill name "${name}" is also used by ${others.join(', ')}; names must be unique`);
      }
    }
  },
};
export default rule;
