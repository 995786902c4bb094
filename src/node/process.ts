import { compileSkill } from '../core/compile.ts';
import type { LintConfig } from '../core/config.ts';
import { diagnosticAt, type Diagnostic } from '../core/diagnostics.ts';
import type { Acknowledged } from '../core/directives.ts';
import { lintSkill, summarize } from '../core/lint.ts';
import type { SkillSummary } from '../core/rules/types.ts';
import type { SkillRecord } from '../core/schema.ts';
import { parseSkill, type MarkdownParser, type ParsedSkill, type SkillSource } from '../core/skill.ts';

export interface SkillJob {
  source: SkillSource;
  skillFile: { size: number; sha256: string };
}

export interface SkillOutcome {
  diagnostics: Diagnostic[];
  acknowledged: Acknowledged[];
  summary: SkillSummary;
  record: SkillRecord | null;
  bodyOffset: number;
  /** Set when the compiler failed on this skill: the outcome is then not cached. */
  failed?: true;
}

/**
 * Parse, lint and (optionally) compile one skill: the unit of work, the same inline or in a worker. A
 * failure inside the compiler becomes an error on this file, so one skill cannot abort a whole run.
 */
export function processSkill(job: SkillJob, config: LintConfig, compile: boolean, parseMarkdown: MarkdownParser | null): SkillOutcome & { parsed: ParsedSkill | null } {
  try {
    const parsed = parseSkill(job.source, parseMarkdown);
    const { diagnostics, acknowledged } = lintSkill(parsed, config);
    const hasErrors = diagnostics.some((d) => d.severity === 'error');
    const record = compile && !hasErrors && parsed.tree ? compileSkill(parsed, job.skillFile, acknowledged) : null;
    return { parsed, diagnostics, acknowledged, summary: summarize(parsed), record, bodyOffset: parsed.bodyOffset };
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const message = `skillpack failed while checking this file (${reason}); it was not checked, so it cannot be built`;
    const file = job.source.file;
    return { parsed: null, diagnostics: [diagnosticAt(file, null, 'source-file', 'error', message)], acknowledged: [], summary: { file, name: null }, record: null, bodyOffset: 0, failed: true };
  }
}
