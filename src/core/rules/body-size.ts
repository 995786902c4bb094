import { bodyLineCount, bodyTokenCount, utf8Length } from '../stats.ts';
import type { SkillRule } from './types.ts';

const rule: SkillRule = {
  id: 'body-size',
  scope: 'skill',
  severity: 'warning',
  preset: 'default',
  docs: {
    summary:
      'The body stays within 500 lines and 5,000 tokens, the budget the specification recommends; move long reference material into `references/`.',
    pass: '---\nname: docker\ndescription: Builds container images. Use when writing a Dockerfile.\n---\n# Docker\n\nSee [the flag reference](references/flags.md).\n',
    fail: '(a SKILL.md whose body runs to 800 lines)',
  },
  check({ skill, config, report }) {
    const where = { start: { line: skill.bodyLine, column: 1 } };
    const lines = bodyLineCount(skill.body);
    if (lines > config.maxBodyLines) {
      report(where, `Body is ${lines} lines long; keep it within ${config.maxBodyLines} and move reference material into references/`);
    }
    if (utf8Length(skill.body) <= config.maxBodyTokens) return;
    const tokens = bodyTokenCount(skill);
    if (tokens > config.maxBodyTokens) {
      report(where, `Body is about ${tokens} tokens; keep it within ${config.maxBodyTokens} and move reference material into references/`);
    }
  },
};
export default rule;
