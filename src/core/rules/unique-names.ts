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
      if (skill.name === null) continue;
      const key = skill.name.value.normalize('NFKC');
      const group = byName.get(key) ?? [];
      group.push(skill);
      byName.set(key, group);
    }
    for (const [name, group] of byName) {
      if (group.length < 2) continue;
      for (const skill of group) {
        const others = group.filter((other) => other !== skill).map((other) => other.file);
        report(skill, skill.name!.span, `Skill name "${name}" is also used by ${others.join(', ')}; names must be unique`);
      }
    }
  },
};
export default rule;
