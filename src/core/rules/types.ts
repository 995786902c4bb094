import type { Diagnostic, Severity, Span } from '../diagnostics.ts';
import type { ParsedSkill } from '../skill.ts';
import { PRESETS, type LintConfig, type Preset } from '../config.ts';
import type { Profile } from '../profiles.ts';

export { PRESETS, type Preset };

export interface RuleDocs {
  /** One sentence: what the rule asks for. */
  summary: string;
  /** A SKILL.md (or fragment) that passes. */
  pass: string;
  /** A SKILL.md (or fragment) that fails. */
  fail: string;
  /** The agent profile both examples are meant for, when not the specification's. */
  profile?: Profile;
}

interface RuleBase {
  id: string;
  severity: Severity;
  /** The smallest preset that runs this rule. */
  preset: Preset;
  docs: RuleDocs;
}

export interface SkillRuleContext {
  skill: ParsedSkill;
  config: LintConfig;
  /** Records a finding; `file` overrides the SKILL.md path for findings in another file of the skill. */
  report(span: Span | null, message: string, options?: { severity?: Severity; file?: string }): void;
}

export interface SkillRule extends RuleBase {
  scope: 'skill';
  check(context: SkillRuleContext): void;
}

/** What tree rules see of each skill: small enough to keep in the incremental cache. */
export interface SkillSummary {
  file: string;
  /** The `name` value when it is a non-empty string, with where it stands. */
  name: { value: string; span: Span } | null;
  /** Each alias in `metadata.aliases`, with where it stands. */
  aliases?: Array<{ value: string; span: Span }>;
  /** The `description` value when it is a non-empty string, with where it stands. */
  description?: { value: string; span: Span };
  /** The prompts of `evals/triggers.json` that should load the skill, when the file parses. */
  triggers?: string[];
}

export interface TreeRule extends RuleBase {
  scope: 'tree';
  checkTree(skills: readonly SkillSummary[], report: (skill: SkillSummary, span: Span | null, message: string) => void): void;
}

export type Rule = SkillRule | TreeRule;

export function presetIncludes(active: Preset, rulePreset: Preset): boolean {
  return PRESETS.indexOf(rulePreset) <= PRESETS.indexOf(active);
}

export type { Diagnostic };
