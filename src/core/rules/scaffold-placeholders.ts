import { eachMatch, resourceFile, skillTexts } from '../texts.ts';
import { TRIGGERS_PATH } from './evals-triggers.ts';
import type { SkillRule } from './types.ts';

/** The marker `skillpack new` puts on every part of a new skill that its author must write. */
export const PLACEHOLDER_MARKER = 'TODO(skillpack)';
const PATTERN = /TODO\(skillpack\)/g;

const rule: SkillRule = {
  id: 'scaffold-placeholders',
  scope: 'skill',
  severity: 'warning',
  preset: 'catalog',
  docs: {
    summary: 'Every `TODO(skillpack)` placeholder that `skillpack new` left in a skill has been replaced with real content.',
    pass: '---\nname: docker\ndescription: Builds container images. Use when writing a Dockerfile.\n---\n## When to use\n\nWriting or reviewing a Dockerfile.\n',
    fail: '---\nname: docker\ndescription: Builds container images. Use when writing a Dockerfile.\n---\n## When to use\n\nTODO(skillpack): the tasks this skill is for.\n',
  },
  check({ skill, report }) {
    for (const text of skillTexts(skill)) {
      if (text.path === TRIGGERS_PATH) continue;
      eachMatch(PATTERN, text.text, (match) => {
        const start = text.lines.pointAt(match.index);
        const lineStart = match.index - start.column + 1;
        const line = text.text.slice(lineStart, Math.min(text.text.length, lineStart + 200)).split(/[\r\n]/, 1)[0]!.trim();
        report({ start }, `Placeholder left by \`skillpack new\`: "${line.slice(0, 100)}"; replace it with real content`, { file: text.file });
      });
    }
    const triggers = skill.source.resourceTexts[TRIGGERS_PATH];
    if (triggers?.includes(PLACEHOLDER_MARKER)) {
      report({ start: { line: 1, column: 1 } }, 'evals/triggers.json still holds placeholder prompts from `skillpack new`; write real ones', {
        file: resourceFile(skill.source.file, TRIGGERS_PATH),
      });
    }
  },
};
export default rule;
