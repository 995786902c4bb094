// Writes src/node/token-words.json: the pre-tokens most frequent in the catalog's bodies that the
// o200k_base vocabulary encodes as exactly one token. `tokenRange` counts each of them as at most one token
// and anything else as its UTF-8 length, an upper bound that lets the body-size rule skip loading the
// vocabulary for most bodies. Rerun after a tokenizer upgrade (tests/tokens.test.ts checks the list).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const { encode } = require('gpt-tokenizer/encoding/o200k_base') as { encode: (text: string) => number[] };
const { O200K_TOKEN_SPLIT_REGEX } = require('gpt-tokenizer/encodingParams/constants') as { O200K_TOKEN_SPLIT_REGEX: RegExp };

const ROOT = resolve(import.meta.dirname, '..');
const WORDS = 10000;

function skillFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) skillFiles(path, out);
    else if (name === 'SKILL.md') out.push(path);
  }
  return out;
}

const frequency = new Map<string, number>();
for (const file of skillFiles(join(ROOT, 'skills'))) {
  const text = readFileSync(file, 'utf8');
  for (const [piece] of text.matchAll(O200K_TOKEN_SPLIT_REGEX)) frequency.set(piece, (frequency.get(piece) ?? 0) + 1);
}
const words = [...frequency]
  .filter(([piece]) => !piece.includes('<|') && encode(piece).length === 1)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .slice(0, WORDS)
  .map(([piece]) => piece)
  .sort();
writeFileSync(join(ROOT, 'src/node/token-words.json'), `${JSON.stringify(words)}\n`);
console.log(`src/node/token-words.json: ${words.length} single-token pre-tokens`);
