// The rules that compare skills with each other, apart from the per-skill rules: a run answered
// entirely from the cache needs only these, so it never loads the parser, the grammars or the analysis.
import type { LintConfig } from './config.ts';
import { compareDiagnostics, diagnosticAt, type Diagnostic } from './diagnostics.ts';
import aliasConflicts from './rules/alias-conflicts.ts';
import overlappingSkills from './rules/overlapping-skills.ts';
import similarNames from './rules/similar-names.ts';
import { presetIncludes, type SkillSummary, type TreeRule } from './rules/types.ts';
import uniqueNames from './rules/unique-names.ts';


/** Every tree rule, in the order of `RULES`. */
export const TREE_RULES: readonly TreeRule[] = [uniqueNames, aliasConflicts, similarNames, overlappingSkills];

/** Diagnostics that compare skills with each other (e.g. duplicate names). */
export function lintTree(skills: readonly SkillSummary[], config: LintConfig): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of TREE_RULES) {
    if (!presetIncludes(config.preset, rule.preset)) continue;
    rule.checkTree(skills, (skill, span, message) => {
      diagnostics.push(diagnosticAt(skill.file, span, rule.id, rule.severity, message));
    });
  }
  return diagnostics.sort(compareDiagnostics);
}
