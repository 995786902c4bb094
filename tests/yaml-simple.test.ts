import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../src/core/frontmatter.ts';
import { LineIndex } from '../src/core/text.ts';
import { parseSimpleYaml } from '../src/core/yaml-simple.ts';
import { catalogSkillFiles } from './helpers.ts';

/** The fast path must be invisible: same data, fields, spans and problems as the full YAML parser. */
function sameAsFullParser(text: string) {
  const fast = splitFrontmatter(text, new LineIndex(text));
  const full = splitFrontmatter(text, new LineIndex(text), { fastPath: false });
  expect(fast).toEqual(full);
}

describe('the simple-YAML fast path', () => {
  it('is taken for typical frontmatter and agrees with the full parser on every catalog skill', () => {
    const files = catalogSkillFiles();
    let taken = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const yaml = text.slice(4, text.indexOf('\n---', 4) + 1);
      if (parseSimpleYaml(yaml)) taken++;
      sameAsFullParser(text);
    }
    expect(taken / files.length).toBeGreaterThan(0.9);
  });

  it('agrees with the full parser on generated frontmatter, including what it must refuse', () => {
    const key = fc.constantFrom('name', 'description', 'license', 'metadata', 'tags', 'allowed-tools', 'true', 'x1', 'a_b');
    const piece = fc.constantFrom('a', 'b c', ': ', ' #', '#', '"', "'", "''", '\\', '\\"', '-', '1', '1.0', 'null', 'yes', '~', '&x', '*x', '!t', '[', '{', '|', '>', '%', '@', '`', ' ', 'é', '—', ':', '?', ',');
    const value = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
    const quoted = fc.oneof(value, value.map((v) => `"${v}"`), value.map((v) => `'${v}'`));
    const line = fc.oneof(
      fc.tuple(key, quoted).map(([k, v]) => `${k}: ${v}`),
      key.map((k) => `${k}:`),
      fc.tuple(key, quoted).map(([k, v]) => `  ${k}: ${v}`),
      fc.tuple(key, quoted).map(([k, v]) => `    ${k}: ${v}`),
      fc.constant(''),
      fc.constant('# comment'),
      fc.constant('- item'),
    );
    let taken = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        if (parseSimpleYaml(`${lines.join('\n')}\n`)) taken++;
        sameAsFullParser(`---\n${lines.join('\n')}\n---\nBody\n`);
      }),
      { numRuns: 3000, seed: 20261129 },
    );
    expect(taken).toBeGreaterThan(50);
  });
});
