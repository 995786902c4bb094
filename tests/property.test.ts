import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG_CONFIG, lint, skillText, VALID_TRIGGER_FILES } from './helpers.ts';
import { decodeUtf8 } from '../src/core/text.ts';
import { renderBody } from '../src/core/render.ts';
import { parse } from './helpers.ts';

const BASE = skillText(
  'name: my-skill\ndescription: "Does a thing. Use when: you need it."\nlicense: MIT\nmetadata:\n  tags: a b\n  aliases: x',
  '# Title\n\nText with [a link](references/a.md) and `code`.\n\n```bash\necho hi\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] task\n\n<div onclick="x()">raw</div>\n',
);

const FRAGMENTS = ['---', '\n', '\r\n', ':', ' ', '"', "'", '&a', '*a', '!!js/function', '---js', '\uFEFF', '\u202E', '\u200B', '\t', '#', '- ', '[', ']', '{', '}', '|', '>', '`', '```', '<script>', '](', '../', '\0', '\uD800', '😀'];

/** Applies a few random edits (insert a hazardous fragment, delete a slice, duplicate a slice) to a valid skill. */
const mutatedSkill = fc
  .array(
    fc.record({ kind: fc.constantFrom('insert', 'delete', 'duplicate'), at: fc.nat(), length: fc.nat({ max: 40 }), fragment: fc.constantFrom(...FRAGMENTS) }),
    { minLength: 1, maxLength: 8 },
  )
  .map((edits) => {
    let text = BASE;
    for (const edit of edits) {
      const at = edit.at % (text.length + 1);
      if (edit.kind === 'insert') text = text.slice(0, at) + edit.fragment + text.slice(at);
      else if (edit.kind === 'delete') text = text.slice(0, at) + text.slice(at + edit.length);
      else text = text.slice(0, at) + text.slice(at, at + edit.length) + text.slice(at);
    }
    return text;
  });

function lintsCleanly(text: string) {
  const options = { config: CATALOG_CONFIG, resourceTexts: VALID_TRIGGER_FILES, files: ['references/a.md'] };
  const diagnostics = lint(text, options);
  for (const diagnostic of diagnostics) {
    expect(typeof diagnostic.message).toBe('string');
    if (diagnostic.line !== null) expect(diagnostic.line).toBeGreaterThanOrEqual(1);
    if (diagnostic.column !== null) expect(diagnostic.column).toBeGreaterThanOrEqual(1);
    expect(diagnostic.message).not.toMatch(/Internal error/);
  }
  const skill = parse(text);
  if (skill.tree) renderBody(skill.tree);
}

describe('no input makes parsing, rules or rendering throw', () => {
  it('mutated skills', () => {
    fc.assert(fc.property(mutatedSkill, lintsCleanly), { numRuns: 400 });
  });

  it('arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), lintsCleanly), { numRuns: 300 });
  });

  it('arbitrary bytes through the decoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const decoded = decodeUtf8(bytes);
        if (decoded.ok) lintsCleanly(decoded.text);
        else expect(decoded.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('deeply nested Markdown does not exhaust the stack', () => {
    lintsCleanly(skillText('name: my-skill\ndescription: Deep. Use when deep.', `${'> '.repeat(5000)}quote\n\n${'- '.repeat(3000)}item\n`));
  });
});
