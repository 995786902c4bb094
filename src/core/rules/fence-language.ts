import type { Code } from 'mdast';
import { visitNodes } from '../mdast.ts';
import type { SkillRule } from './types.ts';

const rule: SkillRule = {
  id: 'fence-language',
  scope: 'skill',
  severity: 'warning',
  preset: 'catalog',
  docs: {
    summary: 'Code blocks are fenced and name their language (```` ```bash ````, ```` ```text ```` for plain output), so they are highlighted and agents know what they hold.',
    pass: '---\nname: docker\ndescription: Builds container images. Use when writing a Dockerfile.\n---\n```bash\ndocker build .\n```\n',
    fail: '---\nname: docker\ndescription: Builds container images. Use when writing a Dockerfile.\n---\n```\ndocker build .\n```\n',
  },
  check({ skill, report }) {
    if (!skill.tree) return;
    visitNodes(skill.tree, ['code'], (node) => {
      const code = node as Code;
      if (code.lang) return;
      const position = code.position;
      const span = position ? { start: position.start } : null;
      const opening = position ? skill.lines.text.slice(position.start.offset, (position.start.offset ?? 0) + 3) : '';
      if (opening === '```' || opening === '~~~') report(span, 'Code fence has no language; name it after the opening fence (e.g. ```bash, ```text)');
      else report(span, 'Indented code block; use a fenced block that names its language (e.g. ```bash)');
    });
  },
};
export default rule;
