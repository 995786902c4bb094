import type { Span } from './diagnostics.ts';
import type { ParsedSkill } from './skill.ts';

/** The aliases of a skill (`metadata.aliases`, space-separated), each with its own position when the value is on one line. */
export function aliasesOf(skill: ParsedSkill): Array<{ value: string; span: Span }> {
  const field = skill.frontmatter?.metadataFields.get('aliases');
  if (!field || typeof field.value !== 'string') return [];
  const span = field.valueSpan;
  const sameLine = !field.source.includes('\n');
  const aliases: Array<{ value: string; span: Span }> = [];
  for (const match of field.value.matchAll(/\S+/g)) {
    const at = sameLine ? field.source.indexOf(match[0]) : -1;
    const start = at === -1 ? span.start : { line: span.start.line, column: span.start.column + at };
    aliases.push({ value: match[0], span: { start, end: { line: start.line, column: start.column + match[0].length } } });
  }
  return aliases;
}
