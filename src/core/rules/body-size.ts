import { MAX_RENDER_DEPTH, treeDepth } from '../mdast.ts';
import { bodyLineCount, bodyTokenCount } from '../stats.ts';
import { tokenRange } from '../tokens.ts';
import type { SkillRule } from './types.ts';

const rule: SkillRule = {
  id: 'body-size',
  scope: 'skill',
  severity: 'warning',
  preset: 'default',
  docs: {
    summary:
      'The body stays within 500 lines and 5,000 tokens, the budget the specification recommends, and is not absurdly nested; move long reference material into `references/`.',
    pass: '---\nname: docker\ndescription: Builds container images. Use when writing a Dockerfile.\n---\n# Docker\n\nSee [the flag reference](references/flags.md).\n',
    fail: '(a SKILL.md whose body runs to 800 lines)',
  },
  check({ skill, config, report }) {
    const where = { start: { line: skill.bodyLine, column: 1 } };
    const lines = bodyLineCount(skill.body);
    if (lines > config.maxBodyLines) {
      report(where, `Body is ${lines} lines long; keep it within ${config.maxBodyLines} and move reference material into references/`);
    }
    if (skill.tree && treeDepth(skill.tree) > MAX_RENDER_DEPTH) {
      report(where, `Markdown is nested more than ${MAX_RENDER_DEPTH} levels deep; deeper content is shown as plain text`);
    }
    // The exact count loads a large vocabulary: it is taken only when cheap bounds leave the answer open.
    const range = tokenRange(skill.body, config.maxBodyTokens);
    if (range.atMost <= config.maxBodyTokens) return;
    if (range.atLeast > config.maxBodyTokens) {
      report(where, `Body is more than ${config.maxBodyTokens} tokens; keep it within ${config.maxBodyTokens} and move reference material into references/`);
      return;
    }
    const tokens = bodyTokenCount(skill);
    if (tokens > config.maxBodyTokens) {
      report(where, `Body is about ${tokens} tokens; keep it within ${config.maxBodyTokens} and move reference material into references/`);
    }
  },
};
export default rule;
