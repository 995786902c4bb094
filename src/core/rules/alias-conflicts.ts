import type { SkillSummary, TreeRule } from './types.ts';

const rule: TreeRule = {
  id: 'alias-conflicts',
  scope: 'tree',
  severity: 'error',
  preset: 'default',
  docs: {
    summary: 'An alias means one skill: it may not repeat the skill\'s own name, or be another skill\'s name or alias (it would hijack that skill).',
    pass: 'skills/devops/docker (aliases: dockerfile) and skills/devops/helm (aliases: charts)',
    fail: 'skills/devops/docker (aliases: helm) next to skills/devops/helm',
  },
  checkTree(skills, report) {
    const names = new Map<string, SkillSummary>();
    for (const skill of skills) if (skill.name) names.set(skill.name.value, skill);
    const claimed = new Map<string, SkillSummary>();
    for (const skill of skills) {
      for (const alias of skill.aliases ?? []) {
        const owner = names.get(alias.value);
        if (owner === skill) report(skill, alias.span, `Alias "${alias.value}" repeats the skill's own name; remove it`);
        else if (owner) report(skill, alias.span, `Alias "${alias.value}" is the name of ${owner.file}; an alias may not take another skill's name`);
        else if (claimed.has(alias.value) && claimed.get(alias.value) !== skill) report(skill, alias.span, `Alias "${alias.value}" is also an alias of ${claimed.get(alias.value)!.file}; each alias must mean one skill`);
        else claimed.set(alias.value, skill);
      }
    }
  },
};
export default rule;
