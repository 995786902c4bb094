import type { LintConfig } from './config.ts';
import { compareDiagnostics, diagnosticAt, type Diagnostic } from './diagnostics.ts';
import { applyDirectives, DIRECTIVE_RULE, readDirectives, type Acknowledged } from './directives.ts';
import { RULES, ruleById } from './rules/index.ts';
import { readTriggerSet } from './evals.ts';
import { presetIncludes, type SkillRule, type SkillSummary, type TreeRule } from './rules/types.ts';
import { aliasesOf } from './aliases.ts';
import type { ParsedSkill } from './skill.ts';

/** Findings listed per rule and file; the rest are counted in one summary finding, so a hostile file cannot flood the report. */
export const MAX_FINDINGS_PER_RULE_AND_FILE = 100;

function activeSkillRules(config: LintConfig): SkillRule[] {
  return RULES.filter((rule): rule is SkillRule => rule.scope === 'skill' && presetIncludes(config.preset, rule.preset));
}

export interface SkillLint {
  /** Findings that stand, sorted. */
  diagnostics: Diagnostic[];
  /** Findings acknowledged by an ignore directive, with its reason; recorded in the bundle. */
  acknowledged: Acknowledged[];
}

/**
 * Diagnostics that depend on one skill alone (parse problems included), sorted, after applying
 * ignore directives. A rule that throws is reported as an internal error instead of aborting the run.
 */
export function lintSkill(skill: ParsedSkill, config: LintConfig): SkillLint {
  const diagnostics = [...skill.diagnostics];
  if (skill.source.text === null) return { diagnostics, acknowledged: [] };
  const skillRules = activeSkillRules(config);
  for (const rule of skillRules) {
    const overflow = new Map<string, { first: Diagnostic; more: number; error: boolean }>();
    const shown = new Map<string, number>();
    try {
      rule.check({
        skill,
        config,
        report(span, message, options) {
          const file = options?.file ?? skill.source.file;
          const diagnostic = diagnosticAt(file, span, rule.id, options?.severity ?? rule.severity, message);
          const count = shown.get(file) ?? 0;
          if (count < MAX_FINDINGS_PER_RULE_AND_FILE) {
            shown.set(file, count + 1);
            diagnostics.push(diagnostic);
            return;
          }
          const extra = overflow.get(file);
          if (extra) {
            extra.more++;
            extra.error ||= diagnostic.severity === 'error';
          } else overflow.set(file, { first: diagnostic, more: 1, error: diagnostic.severity === 'error' });
        },
      });
    } catch (error) {
      diagnostics.push(diagnosticAt(skill.source.file, null, rule.id, 'error', `Internal error in rule ${rule.id}: ${(error as Error).message}`));
    }
    for (const { first, more, error } of overflow.values()) {
      diagnostics.push({
        ...first,
        severity: error ? 'error' : first.severity,
        message: `${more} more ${rule.id} finding${more === 1 ? '' : 's'} in this file from here on, not listed one by one (the first ${MAX_FINDINGS_PER_RULE_AND_FILE} are); fix those first`,
      });
    }
  }

  const { directives, problems } = readDirectives(skill);
  const { kept, acknowledged, unused } = applyDirectives(diagnostics, directives, problems);
  for (const problem of problems) kept.push(diagnosticAt(problem.file, problem.span, DIRECTIVE_RULE, 'error', problem.message));
  const active = new Set(skillRules.map((rule) => rule.id));
  for (const directive of unused) {
    const unknown = directive.rules.filter((id) => !ruleById(id));
    if (unknown.length > 0) {
      kept.push(diagnosticAt(directive.file, directive.span, DIRECTIVE_RULE, 'error', `Ignore directive names unknown rule ${unknown.join(', ')}`));
    } else if (directive.rules.every((id) => active.has(id))) {
      kept.push(diagnosticAt(directive.file, directive.span, DIRECTIVE_RULE, 'warning', `Ignore directive for ${directive.rules.join(', ')} acknowledges nothing on the next line; remove it`));
    }
  }
  return { diagnostics: kept.sort(compareDiagnostics), acknowledged: acknowledged.sort(compareDiagnostics) };
}

/** Limits on what a summary keeps of a skill's text, so it stays small in the cache whatever the skill holds. */
const SUMMARY_TEXT = 2048;
const SUMMARY_PROMPTS = 50;

/** The queries that should load the skill (train and validation, in either eval format), or nothing when they are missing or malformed. */
function triggersOf(skill: ParsedSkill): string[] | undefined {
  const set = readTriggerSet(skill.source.resourceTexts);
  if (!set) return undefined;
  return [...set.train, ...set.validation]
    .filter((entry) => entry.should_trigger)
    .slice(0, SUMMARY_PROMPTS)
    .map((entry) => entry.query.slice(0, SUMMARY_TEXT));
}

/** What tree rules need of a skill: its file, its `name` and `description` when those are non-empty strings, its aliases and trigger prompts. */
export function summarize(skill: ParsedSkill): SkillSummary {
  const field = skill.frontmatter?.fields.get('name');
  const valid = field && typeof field.value === 'string' && field.value.trim() !== '';
  const summary: SkillSummary = { file: skill.source.file, name: valid ? { value: field.value as string, span: field.valueSpan } : null, aliases: aliasesOf(skill) };
  const description = skill.frontmatter?.fields.get('description');
  if (description && typeof description.value === 'string' && description.value.trim() !== '') {
    summary.description = { value: description.value.slice(0, SUMMARY_TEXT), span: description.valueSpan };
  }
  const triggers = triggersOf(skill);
  if (triggers) summary.triggers = triggers;
  return summary;
}

export { lintTree } from './lint-tree.ts';
