import { TriggersSchema } from '../schema.ts';
import { LineIndex } from '../text.ts';
import { resourceFile } from '../texts.ts';
import type { SkillRule } from './types.ts';

export const TRIGGERS_PATH = 'evals/triggers.json';

const rule: SkillRule = {
  id: 'evals-triggers',
  scope: 'skill',
  severity: 'error',
  preset: 'catalog',
  docs: {
    summary:
      '`evals/triggers.json` holds at least 5 task prompts that should load the skill and 3 near misses that should not; they measure search quality.',
    pass: '{\n  "should_trigger": ["write a Dockerfile for my Go service", "…four more"],\n  "should_not_trigger": ["deploy this chart to my cluster", "…two more"]\n}\n',
    fail: '{ "should_trigger": ["docker"] }\n',
  },
  check({ skill, report }) {
    if (skill.source.layout === 'file') {
      report({ start: { line: 1, column: 1 } }, `Catalog skills are folders with ${TRIGGERS_PATH}; move this file to <name>/SKILL.md`);
      return;
    }
    const text = skill.source.resourceTexts[TRIGGERS_PATH];
    if (text === undefined) {
      report({ start: { line: 1, column: 1 } }, `Missing ${TRIGGERS_PATH}; add {"should_trigger": [5+ prompts], "should_not_trigger": [3+ near misses]}`);
      return;
    }
    const file = resourceFile(skill.source.file, TRIGGERS_PATH);
    const lines = new LineIndex(text);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      const match = /position (\d+)/.exec(String((error as Error).message));
      const point = lines.pointAt(match ? Number(match[1]) : 0);
      report({ start: point }, `Invalid JSON: ${(error as Error).message}`, { file });
      return;
    }
    const result = TriggersSchema.safeParse(data);
    if (result.success) return;
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      const point = locateJsonKey(text, lines, String(issue.path[0] ?? ''));
      report({ start: point }, `${path ? `${path}: ` : ''}${issue.message}`, { file });
    }
  },
};
export default rule;

function locateJsonKey(text: string, lines: LineIndex, key: string) {
  const index = key ? text.indexOf(`"${key}"`) : -1;
  return lines.pointAt(index === -1 ? 0 : index);
}
