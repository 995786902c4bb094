import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { provideTokenCounter, type TokenRange } from '../core/tokens.ts';
import { asciiPretokenEnd } from './pretokens.ts';

const require = createRequire(import.meta.url);

/**
 * Loads gpt-tokenizer's o200k_base vocabulary the first time a token count is needed, and installs
 * bounds that need none of it. Text is cut into the tokenizer's own pre-tokens (byte-pair merges
 * never cross them, so each is at least one token, and at least one per MAX_TOKEN_BYTES of it); a
 * pre-token listed in token-words.json (each one token in o200k_base, checked by the tests) is at
 * most one, any other at most its UTF-8 length.
 */
export function installNodeTokenizer(): void {
  provideTokenCounter(() => {
    const { countTokens } = require('gpt-tokenizer/encoding/o200k_base') as { countTokens: (text: string, options: { disallowedSpecial: Set<string> }) => number };
    // Special-token markers (`<|endoftext|>`) in a skill are text an agent reads, counted as such.
    const asText = { disallowedSpecial: new Set<string>() };
    const known = new Map<string, number>();
    const listed = listedWords();
    // Merges never cross pre-tokens, so the count is the sum of theirs: a listed one is one token, and the
    // others repeat across skills (identifiers, markup) and are merged once each.
    return (text: string) => {
      let total = 0;
      forEachPretoken(text, (start, end, bytes) => {
        const piece = text.slice(start, end);
        if (bytes <= MAX_WORD && listed.has(piece)) {
          total += 1;
          return;
        }
        let count = known.get(piece);
        if (count === undefined) {
          count = countTokens(piece, asText);
          if (known.size < MAX_REMEMBERED) known.set(piece, count);
        }
        total += count;
      });
      return total;
    };
  }, range);
}

/** Pre-token counts kept for reuse; beyond this many, new ones are counted each time. */
const MAX_REMEMBERED = 200_000;

/** The longest token of o200k_base, in UTF-8 bytes (checked by the tests). */
export const MAX_TOKEN_BYTES = 128;

let words: Set<string> | null = null;
/** Longer pieces are never in the word list (o200k_base has no longer single tokens). */
const MAX_WORD = MAX_TOKEN_BYTES;
let split: RegExp | null = null;

function listedWords(): Set<string> {
  return (words ??= new Set(JSON.parse(readFileSync(new URL('./token-words.json', import.meta.url), 'utf8')) as string[]));
}

/** Calls `visit` with the bounds of each of the tokenizer's pre-tokens of `text`, in order. */
function forEachPretoken(text: string, visit: (start: number, end: number, bytes: number) => void): void {
  let nonAscii = nextNonAscii(text, 0);
  for (let i = 0; i < text.length; ) {
    let end = asciiPretokenEnd(text, i);
    // The ASCII reading holds when it saw only ASCII: the piece, the character that ended it and the one after.
    if (nonAscii < i) nonAscii = nextNonAscii(text, i);
    let bytes = end - i;
    if (nonAscii < Math.min(end + 2, text.length)) {
      // Loaded only for text that is not all ASCII: a start-up cost most skills need not pay.
      split ??= new RegExp((require('gpt-tokenizer/encodingParams/constants') as { O200K_TOKEN_SPLIT_REGEX: RegExp }).O200K_TOKEN_SPLIT_REGEX.source, 'uy');
      split.lastIndex = i;
      end = i + (split.exec(text)?.[0].length ?? 1);
      bytes = Buffer.byteLength(text.slice(i, end));
    }
    visit(i, end, bytes);
    i = end;
  }
}

function range(text: string): TokenRange {
  const listed = listedWords();
  let atLeast = 0;
  let atMost = 0;
  forEachPretoken(text, (start, end, bytes) => {
    atLeast += Math.ceil(bytes / MAX_TOKEN_BYTES);
    atMost += bytes <= MAX_WORD && listed.has(text.slice(start, end)) ? 1 : bytes;
  });
  return { atLeast, atMost };
}

function nextNonAscii(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return i;
  return text.length;
}
