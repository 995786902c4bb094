// How cache entries are written: a run over a large tree stores ten thousand findings whose rule
// names, messages and files repeat, so each finding is a row of numbers pointing into one table of
// strings. The file is kept to ASCII (other characters escaped as JSON allows), which Node reads
// without decoding UTF-8 and V8 parses as a one-byte string: a warm run spends most of its time
// reading this file.
import type { Diagnostic } from '../core/diagnostics.ts';
import type { CacheEntry } from './cache.ts';

/**
 * A finding as stored: [file, line, column, endLine, endColumn, rule, severity, message], strings as
 * indexes into the table; file -1 is the skill's own file (its summary's), severity 1 an error.
 */
export type StoredDiagnostic = [number, number | null, number | null, number | null, number | null, number, 0 | 1, number];

export interface StoredEntry extends Omit<CacheEntry, 'diagnostics'> {
  diagnostics: StoredDiagnostic[];
}

/** Collects the strings of the entries being written, each once. */
export class StringTable {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();

  id(value: string): number {
    let found = this.index.get(value);
    if (found === undefined) {
      found = this.strings.length;
      this.strings.push(value);
      this.index.set(value, found);
    }
    return found;
  }
}

export function encodeEntry(entry: CacheEntry, table: StringTable): StoredEntry {
  const own = entry.summary.file;
  const diagnostics = entry.diagnostics.map((d): StoredDiagnostic => [
    d.file === own ? -1 : table.id(d.file),
    d.line,
    d.column,
    d.endLine ?? null,
    d.endColumn ?? null,
    table.id(d.rule),
    d.severity === 'error' ? 1 : 0,
    table.id(d.message),
  ]);
  return { ...entry, diagnostics };
}

/**
 * Each stored row of an entry with its strings looked up in `strings` and passed through `translate`, the skill's
 * own file left as -1; undefined when the entry or a row does not fit the table.
 */
function translatedRows<T>(stored: StoredEntry, strings: readonly string[], translate: (text: string) => T): Array<[T | -1, number | null, number | null, number | null, number | null, T, 0 | 1, T]> | undefined {
  if (typeof stored.summary?.file !== 'string' || !Array.isArray(stored.diagnostics)) return undefined;
  const text = (index: number) => (Number.isInteger(index) && index >= 0 && index < strings.length ? translate(strings[index]!) : undefined);
  const rows: Array<[T | -1, number | null, number | null, number | null, number | null, T, 0 | 1, T]> = [];
  for (const row of stored.diagnostics) {
    if (!Array.isArray(row) || row.length !== 8) return undefined;
    const [fileId, line, column, endLine, endColumn, ruleId, severity, messageId] = row;
    const file = fileId === -1 ? -1 : text(fileId);
    const rule = text(ruleId);
    const message = text(messageId);
    if (file === undefined || rule === undefined || message === undefined) return undefined;
    rows.push([file, line, column, endLine, endColumn, rule, severity, message]);
  }
  return rows;
}

/** The entry as it was before encoding; undefined when a row does not fit the table (the entry is then re-checked). */
export function decodeEntry(stored: StoredEntry, strings: readonly string[]): CacheEntry | undefined {
  const rows = translatedRows(stored, strings, (text) => text);
  if (!rows) return undefined;
  const own = stored.summary.file;
  const diagnostics = rows.map(([file, line, column, endLine, endColumn, rule, severity, message]) => {
    const diagnostic: Diagnostic = { file: file === -1 ? own : file, line, column, rule, severity: severity === 1 ? 'error' : 'warning', message };
    if (endLine !== null) diagnostic.endLine = endLine;
    if (endColumn !== null) diagnostic.endColumn = endColumn;
    return diagnostic;
  });
  return { ...stored, diagnostics };
}

/**
 * A stored entry moved from the table it was written with (`strings`) into `table`, without turning its rows back
 * into findings; undefined when a row does not fit that table.
 */
export function moveEntry(stored: StoredEntry, strings: readonly string[], table: StringTable): StoredEntry | undefined {
  const diagnostics = translatedRows(stored, strings, (text) => table.id(text));
  return diagnostics && { ...stored, diagnostics };
}

/** JSON with every character outside printable ASCII escaped, so the bytes are the string. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
