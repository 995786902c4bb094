import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { provideTokenCounter } from '../core/tokens.ts';

const require = createRequire(import.meta.url);

/**
 * Loads gpt-tokenizer's o200k_base vocabulary the first time a token count is needed, and installs
 * an upper bound that needs none of it: text is cut into the tokenizer's own pre-tokens (byte-pair
 * merges never cross them), a pre-token listed in token-words.json (each one token in o200k_base,
 * checked by the tests) counts one, any other its UTF-8 length.
 */
export function installNodeTokenizer(): void {
  provideTokenCounter(() => (require('gpt-tokenizer/encoding/o200k_base') as { countTokens: (text: string) => number }).countTokens, upperBound);
}

let words: Set<string> | null = null;
let split: RegExp | null = null;
const encoder = new TextEncoder();

function upperBound(text: string): number {
  // Special-token markers are left to the exact count, which decides how they are treated.
  if (text.includes('<|')) return Infinity;
  words ??= new Set(JSON.parse(readFileSync(new URL('./token-words.json', import.meta.url), 'utf8')) as string[]);
  split ??= new RegExp((require('gpt-tokenizer/encodingParams/constants') as { O200K_TOKEN_SPLIT_REGEX: RegExp }).O200K_TOKEN_SPLIT_REGEX.source, 'gu');
  let total = 0;
  for (const [piece] of text.matchAll(split)) total += words.has(piece) ? 1 : piece.length < 128 && !/[^\x00-\x7f]/.test(piece) ? piece.length : encoder.encode(piece).length;
  return total;
}
