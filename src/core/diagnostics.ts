/** One finding about one file, positioned in the original source (1-based line and column). */
export interface Diagnostic {
  file: string;
  line: number | null;
  column: number | null;
  endLine?: number;
  endColumn?: number;
  rule: string;
  severity: Severity;
  message: string;
}

export type Severity = 'error' | 'warning';

export interface Point {
  line: number;
  column: number;
}

export interface Span {
  start: Point;
  end?: Point;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const lineA = a.line ?? 0;
  const lineB = b.line ?? 0;
  if (lineA !== lineB) return lineA - lineB;
  const columnA = a.column ?? 0;
  const columnB = b.column ?? 0;
  if (columnA !== columnB) return columnA - columnB;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/** A diagnostic at a span of a file (at the whole file when there is no span). */
export function diagnosticAt(file: string, span: Span | null, rule: string, severity: Severity, message: string): Diagnostic {
  const diagnostic: Diagnostic = {
    file,
    line: span ? span.start.line : null,
    column: span ? span.start.column : null,
    rule,
    severity,
    message,
  };
  if (span?.end) {
    diagnostic.endLine = span.end.line;
    diagnostic.endColumn = span.end.column;
  }
  return diagnostic;
}
