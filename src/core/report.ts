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
  /** What was checked, for the pretty summary: each skill's own file (SKILL.md or single-file skill) and every file read. */
  checked?: { skills: string[]; files: number };
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

/** Repeated findings of one rule with one message shape in one skill are shown as a single line from this many on. */
export const GROUP_FROM = 3;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * A message with what varies between repeats of one finding (quoted text, numbers) blanked out, so
 * that "Binary file \"a.woff2\"…" and "Binary file \"b.woff2\"…" share a shape. One pass, no regex.
 */
export function messageShape(message: string): string {
  let shape = '';
  let copiedUntil = 0;
  let i = 0;
  while (i < message.length) {
    const code = message.charCodeAt(i);
    if (code === 34 || code === 96) {
      // A quoted value: keep its quotes, drop what is inside.
      const close = message.indexOf(message[i]!, i + 1);
      shape += message.slice(copiedUntil, i + 1);
      if (close === -1) return shape;
      shape += message[i];
      i = close + 1;
      copiedUntil = i;
    } else if (code >= 48 && code <= 57) {
      shape += message.slice(copiedUntil, i);
      if (!shape.endsWith('#')) shape += '#';
      while (i < message.length && message.charCodeAt(i) >= 48 && message.charCodeAt(i) <= 57) i++;
      copiedUntil = i;
    } else i++;
  }
  return shape + message.slice(copiedUntil);
}

const SKILL_FILE = /(^|\/)skill\.md$/i;

/** The folder (with its trailing `/`, or '' at the top) of a skill whose own file is a SKILL.md; null for a single-file skill. */
const folderOf = (skill: string) => (SKILL_FILE.test(skill) ? skill.slice(0, skill.length - 'SKILL.md'.length) : null);

/** Finds the skill a diagnostic belongs to: the one whose file it is, else the deepest whose folder holds it. */
function skillLocator(skills: readonly string[]): (file: string) => string | null {
  const byPath = new Map<string, string>();
  for (const skill of skills) {
    const folder = folderOf(skill);
    if (folder !== null) byPath.set(folder, skill);
  }
  for (const skill of skills) byPath.set(skill, skill);
  const found = new Map<string, string | null>();
  const search = (file: string): string | null => {
    if (byPath.has(file)) return byPath.get(file)!;
    for (let end = file.lastIndexOf('/'); end >= 0; end = file.lastIndexOf('/', end - 1)) {
      const owner = byPath.get(file.slice(0, end + 1));
      if (owner !== undefined) return owner;
      if (end === 0) break;
    }
    return byPath.get('') ?? null;
  };
  return (file) => {
    let owner = found.get(file);
    if (owner === undefined) found.set(file, (owner = search(file)));
    return owner;
  };
}

interface Row {
  diagnostic: Diagnostic;
  /** Further findings folded into this one (same skill, rule and message shape). */
  repeats: Diagnostic[];
}

/** Folds repeated findings (same skill, rule and message shape, at least GROUP_FROM of them) into their first. */
function groupRepeats(diagnostics: readonly Diagnostic[], ownerFor: (file: string) => string | null): Row[] {
  // Grouped per owner first, so each key is short (rule, severity and message shape) and hashes fast.
  const owners = new Map<string, Map<string, Diagnostic[]>>();
  const groupOf: Diagnostic[][] = [];
  const shapes = new Map<string, string>();
  for (const diagnostic of diagnostics) {
    const owner = ownerFor(diagnostic.file) ?? diagnostic.file;
    let groups = owners.get(owner);
    if (!groups) owners.set(owner, (groups = new Map()));
    let shape = shapes.get(diagnostic.message);
    if (shape === undefined) shapes.set(diagnostic.message, (shape = messageShape(diagnostic.message)));
    // (NUL cannot occur in a rule id or a severity, so the parts cannot run into each other)
    const key = `${diagnostic.rule}\0${diagnostic.severity}\0${shape}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(diagnostic);
    groupOf.push(group);
  }
  // A folded group stands where its first finding stood, so the rows keep the findings' order.
  const rows: Row[] = [];
  diagnostics.forEach((diagnostic, index) => {
    const group = groupOf[index]!;
    if (group.length < GROUP_FROM) rows.push({ diagnostic, repeats: [] });
    else if (group[0] === diagnostic) rows.push({ diagnostic, repeats: group.slice(1) });
  });
  return rows;
}

/** Where the repeats of a grouped finding are, relative to its first: `14:2` in the same file, else the path in the skill. */
function repeatsNote(row: Row, owner: string | null): string {
  const first = row.diagnostic;
  const folder = (owner && folderOf(owner)) ?? '';
  const place = (d: Diagnostic) => {
    const position = d.line === null ? '' : `${d.line}:${d.column}`;
    if (d.file === first.file) return position || escapeControls(d.file.slice(folder.length));
    return `${escapeControls(d.file.slice(folder.length))}${position ? ` ${position}` : ''}`;
  };
  const shown = row.repeats.slice(0, 2).map(place);
  const scope = owner ? 'in this skill' : 'in this file';
  return ` [${row.repeats.length + 1} times ${scope}; first here, then ${shown.join(', ')}${row.repeats.length > shown.length ? ', …' : ''}]`;
}

/** Findings per rule, most first: `  resource-files  54 warnings`. */
function ruleTotals(diagnostics: readonly Diagnostic[]): string[] {
  const totals = new Map<string, { errors: number; warnings: number }>();
  for (const d of diagnostics) {
    const total = totals.get(d.rule) ?? { errors: 0, warnings: 0 };
    if (d.severity === 'error') total.errors++;
    else total.warnings++;
    totals.set(d.rule, total);
  }
  const rows = [...totals]
    .sort(([ruleA, a], [ruleB, b]) => b.errors + b.warnings - (a.errors + a.warnings) || (ruleA < ruleB ? -1 : 1))
    .map(([rule, { errors, warnings }]) => [escapeControls(rule), [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ')] as const);
  const width = Math.max(...rows.map(([rule]) => rule.length));
  return rows.map(([rule, counts]) => `  ${rule.padEnd(width)}  ${counts}`);
}

/**
 * eslint-style output: diagnostics grouped by file (repeats of one finding in one skill folded into
 * one line), then the findings per rule and one summary line. Text from skills is shown through escapeControls.
 */
export function formatPretty(report: Report, color: boolean): string {
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const skills = report.checked?.skills ?? [];
  const locate = skillLocator(skills);
  const byFile = new Map<string, Row[]>();
  for (const row of groupRepeats(report.diagnostics, locate)) {
    const list = byFile.get(row.diagnostic.file) ?? [];
    list.push(row);
    byFile.set(row.diagnostic.file, list);
  }
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push(paint('4', escapeControls(file)));
    const rows = list.map(({ diagnostic: d }) => [d.line === null ? '-' : `${d.line}:${d.column}`, d.severity, escapeControls(d.message), escapeControls(d.rule)] as const);
    const placeWidth = Math.max(...rows.map((row) => row[0].length));
    list.forEach((row, index) => {
      const [place, severity, message, rule] = rows[index]!;
      const label = severity === 'error' ? paint('31', 'error  ') : paint('33', 'warning');
      const note = row.repeats.length > 0 ? paint('2', repeatsNote(row, locate(file))) : '';
      out.push(`  ${paint('2', place.padEnd(placeWidth))}  ${label}  ${message}${note}  ${paint('2', rule)}`);
    });
    out.push('');
  }
  const problems = report.errors + report.warnings;
  const counts = `${plural(problems, 'problem')} (${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')})`;
  let summary: string;
  if (report.checked) {
    const skillCount = plural(report.checked.skills.length, 'skill');
    const files = `${plural(report.checked.files, 'file')} checked`;
    const owners = new Set(report.diagnostics.map((d) => locate(d.file)).filter((owner) => owner !== null));
    summary = problems === 0 ? `no problems in ${skillCount} (${files})` : `${counts} in ${owners.size} of ${skillCount} (${files})`;
  } else summary = problems === 0 ? `no problems (${plural(report.files, 'file')} checked)` : `${counts} in ${plural(report.files, 'file')}`;
  if (problems > 0) out.push('Findings per rule:', ...ruleTotals(report.diagnostics), '');
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
