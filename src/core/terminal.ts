/**
 * Characters that must not reach a terminal (or a reader) as they are: C0 and C1 controls and DEL
 * (escape sequences, bell, carriage return), format characters (bidirectional controls, zero-width
 * characters, the byte order mark, tag characters), line and paragraph separators, and lone surrogates.
 * One character class, so matching is linear.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
const UNSAFE_BUT_NEWLINE = /[\0-\t\v-\x1f\x7f-\x9f\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

function visible(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = code.toString(16).toUpperCase();
  if (code < 0x100) return `\\x${hex.padStart(2, '0')}`;
  if (code < 0x10000) return `\\u${hex.padStart(4, '0')}`;
  return `\\u{${hex}}`;
}

/**
 * Text from a skill made safe to print: every control or invisible formatting character is shown as
 * its escape (`\x1B`, `\u202E`, `\u{E0041}`) instead of being sent. With `keepNewlines`, line feeds
 * pass through unchanged.
 */
export function escapeControls(text: string, options: { keepNewlines?: boolean } = {}): string {
  return text.replace(options.keepNewlines ? UNSAFE_BUT_NEWLINE : UNSAFE, visible);
}
