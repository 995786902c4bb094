import type { Point } from './diagnostics.ts';

const BYTE_ORDER_MARK = '\uFEFF';

export type DecodeResult =
  | { ok: true; text: string; hadBom: boolean }
  | { ok: false; line: number; column: number; message: string };

/**
 * Decodes UTF-8 strictly. Invalid sequences are reported with the position of the first bad byte
 * instead of being replaced, so the output never carries mojibake.
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    const hadBom = text.startsWith(BYTE_ORDER_MARK);
    return { ok: true, text: hadBom ? text.slice(1) : text, hadBom };
  } catch {
    const badOffset = findInvalidUtf8(bytes);
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, badOffset));
    const index = new LineIndex(prefix);
    const point = index.pointAt(prefix.length);
    return {
      ok: false,
      line: point.line,
      column: point.column,
      message: `File is not valid UTF-8 (bad byte 0x${bytes[badOffset]?.toString(16).padStart(2, '0')} at byte ${badOffset}); save it as UTF-8`,
    };
  }
}

function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    let need = 0;
    let min = 0;
    if (byte < 0x80) {
      i++;
      continue;
    } else if (byte >= 0xc2 && byte <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (byte >= 0xe0 && byte <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= bytes.length) return i;
    let codePoint = byte & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

/**
 * Maps UTF-16 offsets of a text to 1-based line and column (columns count UTF-16 code units, as
 * editors and eslint do). Line starts are found lazily, so looking at the frontmatter of a large file
 * does not scan the whole file.
 */
export class LineIndex {
  readonly text: string;
  private readonly starts: number[] = [0];
  private scanned = 0;

  constructor(text: string) {
    this.text = text;
  }

  /** Scans forward until `line` is known or the text ends; returns whether it exists. */
  private reach(line: number): boolean {
    while (this.starts.length < line && this.scanned < this.text.length) this.scanOneLine();
    return this.starts.length >= line;
  }

  private reachOffset(offset: number): void {
    while (this.scanned <= offset && this.scanned < this.text.length) this.scanOneLine();
  }

  private scanOneLine(): void {
    const text = this.text;
    let i = this.scanned;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === 10 || code === 13) {
        const next = code === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
        this.starts.push(next);
        this.scanned = next;
        return;
      }
      i++;
    }
    this.scanned = text.length;
  }

  /** Offset of the first character of a 1-based line, or undefined past the end. */
  lineStart(line: number): number | undefined {
    return this.reach(line) ? this.starts[line - 1] : undefined;
  }

  pointAt(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    this.reachOffset(clamped);
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - starts[low]! + 1 };
  }

  /** The text of a 1-based line without its line ending. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    if (start === undefined) return '';
    const next = this.lineStart(line + 1);
    let end = next === undefined ? this.text.length : next;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return this.text.slice(start, end);
  }
}
