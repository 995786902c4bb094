/** The BPE vocabulary used for every token figure (an estimate: each model family tokenizes differently). */
export const TOKENIZER = 'o200k_base';

type Counter = (text: string) => number;

let counter: Counter | null = null;
let loadCounter: (() => Counter) | null = null;
let upperBound: Counter | null = null;
const encoder = new TextEncoder();

/**
 * Installs the tokenizer. It is injected rather than imported because loading the vocabulary takes
 * a noticeable fraction of a second: the CLI defers it until a count is actually needed, and the
 * browser loads it asynchronously. `bound`, when given, is a cheap upper bound on the count that
 * needs no vocabulary (see `tokensAtMost`).
 */
export function provideTokenCounter(load: () => Counter, bound?: Counter): void {
  loadCounter = load;
  counter = null;
  upperBound = bound ?? null;
}

/**
 * An upper bound on `countTokens(text)` that loads no vocabulary: the UTF-8 length (a byte-level BPE
 * token spans at least one byte), or the installed bound when it is lower. Rules compare it with a
 * limit first and count exactly only when it is over.
 */
export function tokensAtMost(text: string): number {
  if (text.length === 0) return 0;
  const bytes = encoder.encode(text).length;
  if (upperBound === null) return bytes;
  let total = 0;
  for (const piece of splitLongRuns(text) ?? [text]) total += upperBound(piece);
  return Math.min(bytes, total);
}

/**
 * Byte-pair merging takes time quadratic in the length of one pre-token, and a run of letters,
 * punctuation or whitespace is one pre-token however long it is. Runs longer than this are counted
 * in slices of this length: ordinary prose never has one, so its count is exact.
 */
const LONG_RUN = 256;

export function countTokens(text: string): number {
  if (text.length === 0) return 0;
  if (counter === null) {
    if (loadCounter === null) throw new Error('No tokenizer installed; call provideTokenCounter() first');
    counter = loadCounter();
  }
  const pieces = splitLongRuns(text);
  if (pieces === null) return counter(text);
  let total = 0;
  for (const piece of pieces) total += counter(piece);
  return total;
}

const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);

/** The text cut so that no run of whitespace or non-whitespace exceeds LONG_RUN; null when none does. */
export function splitLongRuns(text: string): string[] | null {
  let pieces: string[] | null = null;
  let pieceStart = 0;
  let runStart = 0;
  for (let i = 1; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i)) !== isSpace(text.charCodeAt(i - 1))) {
      runStart = i;
      continue;
    }
    if (i - runStart < LONG_RUN) continue;
    // Cut inside the run, never between the halves of a surrogate pair.
    const cut = (text.charCodeAt(i) & 0xfc00) === 0xdc00 ? i + 1 : i;
    (pieces ??= []).push(text.slice(pieceStart, cut));
    pieceStart = cut;
    runStart = cut;
    i = cut;
  }
  if (pieces === null) return null;
  if (pieceStart < text.length) pieces.push(text.slice(pieceStart));
  return pieces;
}
