import type { Diagnostic } from './diagnostics.ts';
import { escapeControls } from './terminal.ts';
import type { Verdict } from './verdict.ts';

export interface Report {
  diagnostics: Diagnostic[];
  files: number;
  errors: number;
  warnings: number;
  /** One safety verdict per skill, with the findings that decided it. */
  verdicts?: SkillVerdict[];
}

export interface SkillVerdict {
  /** The skill's SKILL.md. */
  file: string;
  verdict: Verdict;
  decidedBy: Diagnostic[];
}

const locate = ({ file, line, column, rule }: Diagnostic) => ({ file, line, column, rule });

function verdictsJson(report: Report) {
  return (report.verdicts ?? []).map(({ file, verdict, decidedBy }) => ({ file, verdict, decidedBy: decidedBy.map(locate) }));
}

/** `--explain`: one line per skill with its verdict and what decided it. */
export function formatVerdicts(report: Report): string {
  return (report.verdicts ?? [])
    .map(({ file, verdict, decidedBy }) => {
      const reasons = decidedBy.slice(0, 3).map((d) => `${d.rule} ${d.file === file ? '' : `${escapeControls(d.file)} `}${d.line ?? ''}:${d.column ?? ''}`);
      const more = decidedBy.length > 3 ? ` and ${decidedBy.length - 3} more` : '';
      return `${verdict.padEnd(10)} ${escapeControls(file)}${reasons.length > 0 ? `  (${reasons.join(', ')}${more})` : ''}`;
    })
    .join('\n');
}

export function formatJson(report: Report): string {
  return JSON.stringify({
    diagnostics: report.diagnostics.map(({ file, line, column, rule, severity, message }) => ({ file, line, column, rule, severity, message })),
    files: report.files,
    errors: report.errors,
    warnings: report.warnings,
    ...(report.verdicts ? { skills: verdictsJson(report) } : {}),
  });
}

/** eslint-style output: diagnostics grouped by file, then one summary line. Text from skills is shown through escapeControls. */
export function formatPretty(report: Report, color: boolean): string {
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const byFile = new Map<string, Diagnostic[]>();
  for (const diagnostic of report.diagnostics) {
    const list = byFile.get(diagnostic.file) ?? [];
    list.push(diagnostic);
    byFile.set(diagnostic.file, list);
  }
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push(paint('4', escapeControls(file)));
    const rows = list.map((d) => [d.line === null ? '-' : `${d.line}:${d.column}`, d.severity, escapeControls(d.message), escapeControls(d.rule)] as const);
    const placeWidth = Math.max(...rows.map((row) => row[0].length));
    for (const [place, severity, message, rule] of rows) {
      const label = severity === 'error' ? paint('31', 'error  ') : paint('33', 'warning');
      out.push(`  ${paint('2', place.padEnd(placeWidth))}  ${label}  ${message}  ${paint('2', rule)}`);
    }
    out.push('');
  }
  const problems = report.errors + report.warnings;
  const summary = `${problems} problem${problems === 1 ? '' : 's'} (${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}) in ${report.files} file${report.files === 1 ? '' : 's'}`;
  if (problems === 0) out.push(paint('32', `✔ ${summary}`));
  else out.push(paint(report.errors > 0 ? '31' : '33', `✖ ${summary}`));
  return out.join('\n');
}

/**
 * GitHub Actions workflow commands, one annotation per diagnostic. Control characters are shown as
 * escapes first (the log viewer interprets ANSI sequences), then `%`, CR and LF are encoded as the
 * runner expects, and in properties also `:` and `,`.
 */
export function formatGithub(report: Report): string {
  const escapeData = (text: string) => escapeControls(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return report.diagnostics
    .map((d) => {
      const properties = [`file=${escapeProperty(d.file)}`];
      if (d.line !== null) properties.push(`line=${d.line}`);
      if (d.column !== null) properties.push(`col=${d.column}`);
      if (d.endLine !== undefined) properties.push(`endLine=${d.endLine}`);
      if (d.endColumn !== undefined && d.endLine === d.line) properties.push(`endColumn=${d.endColumn}`);
      properties.push(`title=${escapeProperty(d.rule)}`);
      return `::${d.severity === 'error' ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(d.message)}`;
    })
    .join('\n');
}

/** SARIF 2.1.0, for code-scanning uploads: one run, the rules that exist, one result per diagnostic. */
export function formatSarif(report: Report, rules: ReadonlyArray<{ id: string; severity: string; docs: { summary: string } }>, version: string): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'skillpack',
            version,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.docs.summary },
              defaultConfiguration: { level: rule.severity === 'error' ? 'error' : 'warning' },
            })),
          },
        },
        results: report.diagnostics.map((d) => {
          const region: Record<string, number> = {};
          if (d.line !== null) region.startLine = d.line;
          if (d.column !== null) region.startColumn = d.column;
          if (d.endLine !== undefined) region.endLine = d.endLine;
          if (d.endColumn !== undefined) region.endColumn = d.endColumn;
          return {
            ruleId: d.rule,
            ...(ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule) } : {}),
            level: d.severity === 'error' ? 'error' : 'warning',
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: d.file.split('/').map(encodeURIComponent).join('/') },
                  ...(Object.keys(region).length > 0 ? { region } : {}),
                },
              },
            ],
          };
        }),
        columnKind: 'utf16CodeUnits',
        ...(report.verdicts ? { properties: { skillVerdicts: verdictsJson(report) } } : {}),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
