/** The BPE vocabulary used for every token figure (an estimate: each model family tokenizes differently). */
export const TOKENIZER = 'o200k_base';

type Counter = (text: string) => number;

let counter: Counter | null = null;
let loadCounter: (() => Counter) | null = null;
/** What a token count is known to lie between, found without the vocabulary. */
export interface TokenRange {
  atLeast: number;
  atMost: number;
}

let rangeOf: ((text: string) => TokenRange) | null = null;
const encoder = new TextEncoder();

/**
 * Installs the tokenizer. It is injected rather than imported because loading the vocabulary takes
 * a noticeable fraction of a second: the CLI defers it until a count is actually needed, and the
 * browser loads it asynchronously. `range`, when given, bounds the count of a text cheaply, without
 * the vocabulary (see `tokenRange`).
 */
export function provideTokenCounter(load: () => Counter, range?: (text: string) => TokenRange): void {
  loadCounter = load;
  counter = null;
  rangeOf = range ?? null;
}

/**
 * Bounds on `countTokens(text)` that load no vocabulary: at most the UTF-8 length (a byte-level BPE
 * token spans at least one byte), or the installed range when it is tighter. Rules compare them with
 * a limit and count exactly only when the limit lies between. Once the lower bound passes `limit`
 * the text is known to be over it and the rest is not read (`atMost` is then Infinity), so a
 * megabyte costs no more than a text near the limit.
 */
export function tokenRange(text: string, limit = Infinity): TokenRange {
  if (text.length === 0) return { atLeast: 0, atMost: 0 };
  if (rangeOf === null) return { atLeast: 1, atMost: encoder.encode(text).length };
  let atLeast = 0;
  let atMost = 0;
  for (const piece of splitLongRuns(text) ?? [text]) {
    for (const chunk of pretokenChunks(piece)) {
      const range = rangeOf(chunk);
      atLeast += range.atLeast;
      atMost += range.atMost;
      if (atLeast > limit) return { atLeast, atMost: Infinity };
    }
  }
  return { atLeast, atMost: Math.min(atMost, encoder.encode(text).length) };
}

const SLASH = 47;

/** Chunks are cut after at least this many characters, at the next place no pre-token spans. */
const CHUNK = 4096;

/**
 * The text cut into chunks whose pre-tokens are exactly the text's own, so counts and bounds add up:
 * a cut goes before a space or tab that follows a non-space character (no pre-token ends in one),
 * or after a line break followed by anything but a blank or a slash (the only character a pre-token
 * takes after line breaks, as in `.\n/`).
 */
export function* pretokenChunks(text: string): Generator<string> {
  let start = 0;
  for (let i = start + CHUNK; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const before = text.charCodeAt(i - 1);
    const safe = code === 32 || code === 9 ? !isSpace(before) : before === 10 && !isSpace(code) && code !== SLASH;
    if (!safe) continue;
    yield text.slice(start, i);
    start = i;
    i += CHUNK - 1;
  }
  yield text.slice(start);
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
