import { FRONTMATTER_RULE } from '../frontmatter.ts';
import type { SkillRule } from './types.ts';

/**
 * Reported by the frontmatter parser; this entry carries the rule's documentation and severity, and
 * reports values that only lenient readers accept: an error under the `spec` profile (strict YAML
 * rejects the file, as the reference validator does), a warning under a client's profile.
 */
const rule: SkillRule = {
  id: FRONTMATTER_RULE,
  scope: 'skill',
  severity: 'error',
  preset: 'spec',
  docs: {
    summary:
      'The file starts with `---` on line 1, holds a YAML mapping without duplicate keys, anchors, aliases or custom tags, and closes with a `---` line. A value with an unquoted `: ` is read literally by lenient clients but rejected by strict YAML: an error under the `spec` profile, a warning under a client profile.',
    pass: '---\nname: notes\ndescription: Keeps meeting notes tidy. Use when summarizing a meeting.\n---\n# Notes\n',
    fail: '---\nname: notes\nname: notes-2\ndescription: Keeps meeting notes tidy.\n---\n',
  },
  check({ skill, config, report }) {
    for (const { key, span, strictError } of skill.frontmatter?.lenientValues ?? []) {
      const both = `strict YAML parsers, the reference validator among them, reject it (${strictError}), while lenient readers such as Claude Code take the whole line after \`${key}:\` as the value`;
      if (config.profile === 'spec') report(span, `Invalid YAML: the value of \`${key}\` holds an unquoted ": "; ${both}. Quote the value`);
      else report(span, `The value of \`${key}\` holds an unquoted ": ": ${both}. Quote it so every reader agrees`, { severity: 'warning' });
    }
  },
};
export default rule;
