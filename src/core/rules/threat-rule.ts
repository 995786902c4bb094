import { analyseSkill, type ThreatClass } from '../analysis/index.ts';
import type { RuleDocs, SkillRule } from './types.ts';

/**
 * A `threat/<class>` rule: reports the findings of one threat class from the code analysis (see
 * src/core/analysis/). Errors are behaviour that attacks the user; a finding the analysis rates as
 * merely risky comes as a warning.
 */
export function threatRule(threat: ThreatClass, docs: RuleDocs): SkillRule {
  return {
    id: `threat/${threat}`,
    scope: 'skill',
    severity: 'error',
    preset: 'default',
    docs,
    check({ skill, config, report }) {
      for (const finding of analyseSkill(skill, { allowedInstallers: config.allowedInstallers })) {
        if (finding.threat !== threat) continue;
        report(finding.span, finding.message, { file: finding.file, severity: finding.severity });
      }
    },
  };
}
