import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { provideTokenCounter, type TokenRange } from '../core/tokens.ts';

const require = createRequire(import.meta.url);

/**
 * Loads gpt-tokenizer's o200k_base vocabulary the first time a token count is needed, and installs
 * bounds that need none of it. Text is cut into the tokenizer's own pre-tokens (byte-pair merges
 * never cross them, so each is at least one token, and at least one per MAX_TOKEN_BYTES of it); a
 * pre-token listed in token-words.json (each one token in o200k_base, checked by the tests) is at
 * most one, any other at most its UTF-8 length.
 */
export function installNodeTokenizer(): void {
  provideTokenCounter(() => (require('gpt-tokenizer/encoding/o200k_base') as { countTokens: (text: string) => number }).countTokens, range);
}

/** The longest token of o200k_base, in UTF-8 bytes (checked by the tests). */
export const MAX_TOKEN_BYTES = 128;

let words: Set<string> | null = null;
let split: RegExp | null = null;
const encoder = new TextEncoder();

function range(text: string): TokenRange {
  // Special-token markers are left to the exact count, which decides how they are treated.
  if (text.includes('<|')) return { atLeast: 1, atMost: Infinity };
  words ??= new Set(JSON.parse(readFileSync(new URL('./token-words.json', import.meta.url), 'utf8')) as string[]);
  split ??= new RegExp((require('gpt-tokenizer/encodingParams/constants') as { O200K_TOKEN_SPLIT_REGEX: RegExp }).O200K_TOKEN_SPLIT_REGEX.source, 'gu');
  let atLeast = 0;
  let atMost = 0;
  for (const [piece] of text.matchAll(split)) {
    const bytes = piece.length < 128 && !/[^\x00-\x7f]/.test(piece) ? piece.length : encoder.encode(piece).length;
    atLeast += Math.ceil(bytes / MAX_TOKEN_BYTES);
    atMost += words.has(piece) ? 1 : bytes;
  }
  return { atLeast, atMost };
}
