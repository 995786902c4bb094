import type { LintConfig } from './config.ts';
import { compareDiagnostics, type Diagnostic } from './diagnostics.ts';
import { RULES } from './rules/index.ts';
import { presetIncludes, type SkillRule, type SkillSummary, type TreeRule } from './rules/types.ts';
import { diagnosticAt, type ParsedSkill } from './skill.ts';

function activeRules(config: LintConfig) {
  const active = RULES.filter((rule) => presetIncludes(config.preset, rule.preset));
  return {
    skillRules: active.filter((rule): rule is SkillRule => rule.scope === 'skill'),
    treeRules: active.filter((rule): rule is TreeRule => rule.scope === 'tree'),
  };
}

/**
 * Diagnostics that depend on one skill alone (parse problems included), sorted. A rule that throws
 * is reported as an internal error on the file instead of aborting the run.
 */
export function lintSkill(skill: ParsedSkill, config: LintConfig): Diagnostic[] {
  const diagnostics = [...skill.diagnostics];
  const parseFailed = skill.source.text === null;
  if (!parseFailed) {
    for (const rule of activeRules(config).skillRules) {
      try {
        rule.check({
          skill,
          config,
          report(span, message, options) {
            diagnostics.push(diagnosticAt(options?.file ?? skill.source.file, span, rule.id, options?.severity ?? rule.severity, message));
          },
        });
      } catch (error) {
        diagnostics.push(diagnosticAt(skill.source.file, null, rule.id, 'error', `Internal error in rule ${rule.id}: ${(error as Error).message}`));
      }
    }
  }
  return diagnostics.sort(compareDiagnostics);
}

/** Diagnostics that compare skills with each other (e.g. duplicate names). */
export function summarize(skill: ParsedSkill): SkillSummary {
  const field = skill.frontmatter?.fields.get('name');
  const valid = field && typeof field.value === 'string' && field.value.trim() !== '';
  return { file: skill.source.file, name: valid ? { value: field.value as string, span: field.valueSpan } : null };
}

export function lintTree(skills: readonly SkillSummary[], config: LintConfig): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of activeRules(config).treeRules) {
    rule.checkTree(skills, (skill, span, message) => {
      diagnostics.push(diagnosticAt(skill.file, span, rule.id, rule.severity, message));
    });
  }
  return diagnostics.sort(compareDiagnostics);
}
