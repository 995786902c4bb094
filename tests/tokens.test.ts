import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countTokens, tokensAtMost } from '../src/core/tokens.ts';
import { installNodeTokenizer } from '../src/node/tokenizer.ts';

const require = createRequire(import.meta.url);
const { encode } = require('gpt-tokenizer/encoding/o200k_base') as { encode: (text: string) => number[] };
installNodeTokenizer();

const catalog = resolve(import.meta.dirname, '../skills');
function skillTexts(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) skillTexts(join(dir, entry.name), out);
    else if (entry.name === 'SKILL.md') out.push(readFileSync(join(dir, entry.name), 'utf8'));
  }
  return out;
}

describe('token upper bound', () => {
  it('lists only pre-tokens that are exactly one token', () => {
    const words = JSON.parse(readFileSync(resolve(import.meta.dirname, '../src/node/token-words.json'), 'utf8')) as string[];
    expect(words.length).toBeGreaterThan(1000);
    for (const word of words) expect(encode(word).length, JSON.stringify(word)).toBe(1);
  });

  it('is never below the exact count, on the catalog and on hostile text', () => {
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
    for (const text of texts) expect(tokensAtMost(text), text.slice(0, 40)).toBeGreaterThanOrEqual(countTokens(text));
  });

  it('leaves text with special-token markers to the exact count (the UTF-8 length is the bound)', () => {
    const text = `${'The end.<|endoftext|> and more. '.repeat(200)}`;
    expect(tokensAtMost(text)).toBe(new TextEncoder().encode(text).length);
  });

  it('is close enough on ordinary prose to spare most bodies the exact count', () => {
    const prose = skillTexts(catalog).filter((text) => text.length > 6000 && text.length < 9000);
    expect(prose.length).toBeGreaterThan(0);
    const under = prose.filter((text) => tokensAtMost(text) <= 5000);
    expect(under.length / prose.length).toBeGreaterThan(0.8);
  });
});
