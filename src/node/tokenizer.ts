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
    return (text: string) => countTokens(text, asText);
  }, range);
}

/** The longest token of o200k_base, in UTF-8 bytes (checked by the tests). */
export const MAX_TOKEN_BYTES = 128;

let words: Set<string> | null = null;
/** Longer pieces are never in the word list (o200k_base has no longer single tokens). */
const MAX_WORD = MAX_TOKEN_BYTES;
let split: RegExp | null = null;

function range(text: string): TokenRange {
  words ??= new Set(JSON.parse(readFileSync(new URL('./token-words.json', import.meta.url), 'utf8')) as string[]);
  split ??= new RegExp((require('gpt-tokenizer/encodingParams/constants') as { O200K_TOKEN_SPLIT_REGEX: RegExp }).O200K_TOKEN_SPLIT_REGEX.source, 'uy');
  let atLeast = 0;
  let atMost = 0;
  let nonAscii = nextNonAscii(text, 0);
  for (let i = 0; i < text.length; ) {
    let end = asciiPretokenEnd(text, i);
    // The ASCII reading holds when it saw only ASCII: the piece, the character that ended it and the one after.
    if (nonAscii < i) nonAscii = nextNonAscii(text, i);
    let bytes = end - i;
    if (nonAscii < Math.min(end + 2, text.length)) {
      split.lastIndex = i;
      end = i + (split.exec(text)?.[0].length ?? 1);
      bytes = Buffer.byteLength(text.slice(i, end));
    }
    atLeast += Math.ceil(bytes / MAX_TOKEN_BYTES);
    atMost += bytes <= MAX_WORD && words.has(text.slice(i, end)) ? 1 : bytes;
    i = end;
  }
  return { atLeast, atMost };
}

function nextNonAscii(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return i;
  return text.length;
}
