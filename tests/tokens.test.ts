import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countTokens, pretokenChunks, tokenRange } from '../src/core/tokens.ts';
import { asciiPretokenEnd } from '../src/node/pretokens.ts';
import { installNodeTokenizer, MAX_TOKEN_BYTES } from '../src/node/tokenizer.ts';

const require = createRequire(import.meta.url);
const { O200K_TOKEN_SPLIT_REGEX } = require('gpt-tokenizer/encodingParams/constants') as { O200K_TOKEN_SPLIT_REGEX: RegExp };
const { encode, decode } = require('gpt-tokenizer/encoding/o200k_base') as {
  encode: (text: string, options?: { disallowedSpecial?: Set<string> }) => number[];
  decode: (tokens: number[]) => string;
};
installNodeTokenizer();

const catalog = resolve(import.meta.dirname, '../skills');
function skillTexts(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) skillTexts(join(dir, entry.name), out);
    else if (entry.name === 'SKILL.md') out.push(readFileSync(join(dir, entry.name), 'utf8'));
  }
  return out;
}

/** Texts of characters that sit at pre-token edges (line breaks, slashes, blanks, punctuation, digits, accents). */
function randomTexts(count: number, length: number): string[] {
  const alphabet = ['a', 'B', '.', '\n', '\n', '/', ' ', ' ', '\t', '1', '\r', 'é', '-', "'", 's', '日', '`', '\u00a0'];
  let seed = 42;
  // A 32-bit LCG in integer arithmetic: a product in doubles would lose its low bits and cycle early.
  const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) >>> 8;
  return Array.from({ length: count }, () => Array.from({ length }, () => alphabet[next() % alphabet.length]).join(''));
}

describe('token bounds', () => {
  it('lists only pre-tokens that are exactly one token', () => {
    const words = JSON.parse(readFileSync(resolve(import.meta.dirname, '../src/node/token-words.json'), 'utf8')) as string[];
    expect(words.length).toBeGreaterThan(1000);
    for (const word of words) expect(encode(word).length, JSON.stringify(word)).toBe(1);
  });

  it('cuts ASCII text into exactly the pre-tokens of the tokenizer\'s own pattern', () => {
    const ascii = (text: string) => text.replace(/[^\x00-\x7f]/g, '?');
    const alphabet = ['a', 'Z', 'x', "'", 's', 'l', 'v', 'e', 'R', 'm', 'd', 't', 'T', ' ', ' ', '\t', '\n', '\r', '/', '.', '(', '7', '42', '\v', '\0', '-'];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) >>> 8;
    const random = Array.from({ length: 200 }, () => Array.from({ length: 400 }, () => alphabet[next() % alphabet.length]).join(''));
    for (const text of [...skillTexts(catalog).map(ascii), ...random, "it's DON'T we'LL You've  \n\n  x", ' ', '\n', 'a', '  ']) {
      const expected = [...text.matchAll(new RegExp(O200K_TOKEN_SPLIT_REGEX.source, 'gu'))].map(([piece]) => piece);
      const actual: string[] = [];
      for (let i = 0; i < text.length; ) {
        const end = asciiPretokenEnd(text, i);
        actual.push(text.slice(i, end));
        i = end;
      }
      expect(actual, JSON.stringify(text.slice(0, 60))).toEqual(expected);
    }
  });

  it('knows the longest token of the vocabulary', () => {
    let longest = 0;
    for (let token = 0; token < 200_000; token++) {
      let text: string;
      try {
        text = decode([token]);
      } catch {
        continue;
      }
      longest = Math.max(longest, new TextEncoder().encode(text).length);
    }
    expect(longest).toBe(MAX_TOKEN_BYTES);
  });

  it('hold the exact count between them, on the catalog and on hostile text', () => {
    const texts = [
      ...skillTexts(catalog),
      '1 2 3 4 5 6 7 8 9 '.repeat(500),
      '🏴‍☠️ 🤖 '.repeat(300),
      'x'.repeat(5000),
      ' the the'.repeat(2000),
      '漢字かな交じり文 '.repeat(400),
      'a\u0301'.repeat(2000),
      `${'word '.repeat(100)}${'-'.repeat(3000)}`,
    ];
    for (const text of texts) {
      const exact = countTokens(text);
      const range = tokenRange(text);
      expect(range.atMost, text.slice(0, 40)).toBeGreaterThanOrEqual(exact);
      expect(range.atLeast, text.slice(0, 40)).toBeLessThanOrEqual(exact);
    }
  });

  it('counts exactly what the tokenizer counts, pre-token by pre-token, on the catalog and on hostile text', () => {
    const texts = [
      ...skillTexts(catalog),
      ...randomTexts(300, 400),
      '<|endoftext|> <|im_start|>system',
      '🏴‍☠️ 🤖 '.repeat(300),
      '漢字かな交じり文 '.repeat(400),
      'a\u0301'.repeat(2000),
      `${'word '.repeat(100)}${'-'.repeat(200)}`,
    ];
    for (const text of texts) expect(countTokens(text), text.slice(0, 40)).toBe(encode(text, { disallowedSpecial: new Set() }).length);
  });

  it('cuts long texts into chunks whose counts add up to the exact count', () => {
    const texts = [
      ...skillTexts(catalog).filter((text) => text.length > 5000),
      'word.\nNext line\n\n  indented\tTabbed, then. (x) '.repeat(2000),
      'a\n.\n/x\n 1\n'.repeat(5000),
      ' the the'.repeat(2000),
      '```python\n'.repeat(2000),
      ...randomTexts(20, 20_000),
    ];
    for (const text of texts) {
      const chunks = [...pretokenChunks(text)];
      expect(chunks.join('')).toBe(text);
      expect(chunks.length, text.slice(0, 40)).toBeGreaterThan(1);
      expect(chunks.reduce((sum, chunk) => sum + countTokens(chunk), 0), text.slice(0, 40)).toBe(countTokens(text));
    }
  });

  it('stops reading once the text is known to be over the limit', () => {
    const huge = 'x'.repeat(1 << 20);
    const range = tokenRange(huge, 5000);
    expect(range.atLeast).toBeGreaterThan(5000);
    expect(range.atLeast).toBeLessThan(6000);
    expect(range.atMost).toBe(Infinity);
    const quoted = '> '.repeat(1 << 19);
    expect(tokenRange(quoted, 5000).atLeast).toBeGreaterThan(5000);
  });

  it('bounds text with special-token markers like any other text', () => {
    const text = `${'The end.<|endoftext|> and more. <|im_start|>system '.repeat(200)}`;
    const { atLeast, atMost } = tokenRange(text);
    expect(atLeast).toBeLessThanOrEqual(countTokens(text));
    expect(atMost).toBeGreaterThanOrEqual(countTokens(text));
    expect(atMost).toBeLessThan(new TextEncoder().encode(text).length);
  });

  it('counts special-token markers as the text they are', () => {
    const text = 'a <|endoftext|> b <|im_start|>';
    const asText = encode(text, { disallowedSpecial: new Set() });
    expect(decode(asText)).toBe(text);
    expect(asText.length).toBeGreaterThan(4);
    expect(countTokens(text)).toBe(asText.length);
  });

  it('is close enough on ordinary prose to spare most bodies the exact count', () => {
    const prose = skillTexts(catalog).filter((text) => text.length > 6000 && text.length < 9000);
    expect(prose.length).toBeGreaterThan(0);
    const under = prose.filter((text) => tokenRange(text).atMost <= 5000);
    expect(under.length / prose.length).toBeGreaterThan(0.8);
  });
});
