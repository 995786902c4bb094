/**
 * The o200k_base pre-tokenizer (gpt-tokenizer's split pattern) written out for ASCII text, so long
 * bodies are cut into pre-tokens without a match object per piece. It follows the pattern's
 * alternatives in order, backtracking included; tests/tokens.test.ts compares it with the pattern.
 */

const isUpper = (code: number) => code >= 65 && code <= 90;
const isLower = (code: number) => code >= 97 && code <= 122;
const isLetter = (code: number) => isUpper(code) || isLower(code);
const isDigit = (code: number) => code >= 48 && code <= 57;
const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);
const isLineBreak = (code: number) => code === 10 || code === 13;

/** After a letter run, the optional contraction `'s`, `'t`, `'d`, `'m`, `'ll`, `'ve` or `'re` (any case). */
function contractionEnd(text: string, at: number): number {
  if (text.charCodeAt(at) !== 39) return at;
  const first = text.charCodeAt(at + 1) | 32;
  if (first === 115 || first === 116 || first === 100 || first === 109) return at + 2;
  const second = text.charCodeAt(at + 2) | 32;
  if ((first === 108 && second === 108) || (first === 118 && second === 101) || (first === 114 && second === 101)) return at + 3;
  return at;
}

/** `[A-Z]*[a-z]+` then a contraction, from `at`; -1 when there is no lower-case letter. */
function lowerWordEnd(text: string, at: number): number {
  let j = at;
  while (isUpper(text.charCodeAt(j))) j++;
  if (!isLower(text.charCodeAt(j))) return -1;
  while (isLower(text.charCodeAt(j))) j++;
  return contractionEnd(text, j);
}

/** `[A-Z]+[a-z]*` then a contraction, from `at`; -1 when there is no upper-case letter. */
function upperWordEnd(text: string, at: number): number {
  let j = at;
  while (isUpper(text.charCodeAt(j))) j++;
  if (j === at) return -1;
  while (isLower(text.charCodeAt(j))) j++;
  return contractionEnd(text, j);
}

/** Where the pre-token that starts at `i` ends, in ASCII `text`. */
export function asciiPretokenEnd(text: string, i: number): number {
  const code = text.charCodeAt(i);
  const prefixable = !isLineBreak(code) && !isLetter(code) && !isDigit(code);
  // [^\r\n\p{L}\p{N}]?[\p{Lu}…]*[\p{Ll}…]+ and then the same with [\p{Lu}…]+[\p{Ll}…]*
  let end = prefixable ? lowerWordEnd(text, i + 1) : -1;
  if (end === -1) end = lowerWordEnd(text, i);
  if (end === -1 && prefixable) end = upperWordEnd(text, i + 1);
  if (end === -1) end = upperWordEnd(text, i);
  if (end !== -1) return end;
  if (isDigit(code)) {
    let j = i + 1;
    while (j < i + 3 && isDigit(text.charCodeAt(j))) j++;
    return j;
  }
  // ` ?[^\s\p{L}\p{N}]+[\r\n/]*`
  const punctuation = (c: number) => c === c && !isSpace(c) && !isLetter(c) && !isDigit(c);
  const start = code === 32 && punctuation(text.charCodeAt(i + 1)) ? i + 1 : i;
  if (punctuation(text.charCodeAt(start))) {
    let j = start;
    while (punctuation(text.charCodeAt(j))) j++;
    while (isLineBreak(text.charCodeAt(j)) || text.charCodeAt(j) === 47) j++;
    return j;
  }
  // Whitespace: `\s*[\r\n]+` (up to the run's last line break), else `\s+(?!\S)`, else `\s+`.
  let runEnd = i;
  let lastBreak = -1;
  while (isSpace(text.charCodeAt(runEnd))) {
    if (isLineBreak(text.charCodeAt(runEnd))) lastBreak = runEnd;
    runEnd++;
  }
  if (lastBreak !== -1) return lastBreak + 1;
  if (runEnd === text.length || runEnd - i === 1) return runEnd;
  return runEnd - 1;
}
