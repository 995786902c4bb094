import { DIRECTIVE_RULE } from '../directives.ts';
import type { SkillRule } from './types.ts';

/**
 * Reported by the linter while it applies `skillpack-ignore-next-line` directives (see directives.ts):
 * a directive without a rule or a reason is an error, one that acknowledges nothing is a warning.
 */
const rule: SkillRule = {
  id: DIRECTIVE_RULE,
  scope: 'skill',
  severity: 'error',
  preset: 'spec',
  docs: {
    summary:
      'A finding that is legitimate is acknowledged on the line before with `<!-- skillpack-ignore-next-line rule-id: reason -->` (before a code fence it covers the whole block); the reason is required and the acknowledgement is recorded in the bundle.',
    pass: '---\nname: injection-defense\ndescription: Defends LLM apps. Use when hardening prompts.\n---\n<!-- skillpack-ignore-next-line prompt-injection: quoted as an example of an attack -->\nAttackers write "ignore previous instructions" in documents.\n',
    fail: '---\nname: injection-defense\ndescription: Defends LLM apps. Use when hardening prompts.\n---\n<!-- skillpack-ignore-next-line prompt-injection -->\nAttackers write "ignore previous instructions" in documents.\n',
  },
  check() {},
};
export default rule;
