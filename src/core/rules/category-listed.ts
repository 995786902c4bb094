import type { SkillRule } from './types.ts';

const rule: SkillRule = {
  id: 'category-listed',
  scope: 'skill',
  severity: 'error',
  preset: 'catalog',
  docs: {
    summary: 'Every skill lives at `<category>/<name>/SKILL.md` under a category listed in the categories file.',
    pass: 'skills/devops/docker/SKILL.md, with `devops` in skills/categories.yaml',
    fail: 'skills/containers/docker/SKILL.md, with no `containers` entry in skills/categories.yaml',
  },
  check({ skill, config, report }) {
    if (config.categories === null) return;
    const start = { start: { line: 1, column: 1 } };
    const category = skill.source.category;
    if (category === null) {
      report(start, 'Skills in this catalog live at <category>/<name>/SKILL.md; move this skill into a category folder');
      return;
    }
    if (!Object.hasOwn(config.categories, category)) {
      const known = Object.keys(config.categories).sort().join(', ');
      report(start, `Category folder "${category}" is not listed in the categories file; add it there or use one of: ${known}`);
    }
  },
};
export default rule;
