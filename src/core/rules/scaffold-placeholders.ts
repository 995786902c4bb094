import { eachMatch, resourceFile, skillTexts } from '../texts.ts';
import { LEGACY_TRIGGERS_PATH, TRAIN_QUERIES_PATH, VALIDATION_QUERIES_PATH } from '../evals.ts';
import type { SkillRule } from './types.ts';

/** The marker `skillpack new` puts on every part of a new skill that its author must write. */
export const PLACEHOLDER_MARKER = 'TODO(skillpack)';
const PATTERN = /TODO\(skillpack\)/g;
const TRIGGER_FILES = [TRAIN_QUERIES_PATH, VALIDATION_QUERIES_PATH, LEGACY_TRIGGERS_PATH];

const rule: SkillRule = {
  id: 'scaffold-placeholders',
  scope: 'skill',
  // Only the catalog preset runs this rule, so a placeholder is an error there and nowhere else.
  severity: 'error',
  preset: 'catalog',
  docs: {
    summary: 'Every `TODO(skillpack)` placeholder that `skillpack new` left in a skill has been replaced with real content (an error under the `catalog` preset, the only one that runs this rule: a scaffold is not a skill yet).',
    pass: '---\nname: docker\ndescription: Builds container images. Use when writing a Dockerfile.\n---\n## When to use\n\nWriting or reviewing a Dockerfile.\n',
    fail: '---\nname: docker\ndescription: Builds container images. Use when writing a Dockerfile.\n---\n## When to use\n\nTODO(skillpack): the tasks this skill is for.\n',
  },
  check({ skill, report }) {
    for (const text of skillTexts(skill)) {
      if (TRIGGER_FILES.includes(text.path)) continue;
      eachMatch(PATTERN, text.text, (match) => {
        const start = text.lines.pointAt(match.index);
        const lineStart = match.index - start.column + 1;
        const line = text.text.slice(lineStart, Math.min(text.text.length, lineStart + 200)).split(/[\r\n]/, 1)[0]!.trim();
        report({ start }, `Placeholder left by \`skillpack new\`: "${line.slice(0, 100)}"; replace it with real content`, { file: text.file });
      });
    }
    for (const path of TRIGGER_FILES) {
      if (!skill.source.resourceTexts[path]?.includes(PLACEHOLDER_MARKER)) continue;
      report({ start: { line: 1, column: 1 } }, `${path} still holds placeholder queries from \`skillpack new\`; write real ones`, { file: resourceFile(skill.source.file, path) });
    }
  },
};
export default rule;
