import { FRONTMATTER_RULE } from '../frontmatter.ts';
import type { SkillRule } from './types.ts';

/** Reported by the frontmatter parser; this entry carries the rule's documentation and severity. */
const rule: SkillRule = {
  id: FRONTMATTER_RULE,
  scope: 'skill',
  severity: 'error',
  preset: 'spec',
  docs: {
    summary:
      'The file starts with `---` on line 1, holds a YAML mapping without duplicate keys, anchors, aliases or custom tags, and closes with a `---` line.',
    pass: '---\nname: notes\ndescription: Keeps meeting notes tidy. Use when summarizing a meeting.\n---\n# Notes\n',
    fail: '---\nname: notes\nname: notes-2\ndescription: Keeps meeting notes tidy.\n---\n',
  },
  check() {},
};
export default rule;
