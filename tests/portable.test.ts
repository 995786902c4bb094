/**
 * The browser uses the pure-JavaScript parser (markdown-portable.ts); the CLI and the site use the
 * native one (markdown.ts). One pipeline means they must agree: same HTML, same headings, same
 * diagnostics at the same positions, on every catalog skill and on hostile fixtures.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LINT_CONFIG } from '../src/core/config.ts';
import { lintSkill } from '../src/core/lint.ts';
import { parseMarkdown } from '../src/core/markdown.ts';
import { parseMarkdownPortable } from '../src/core/markdown-portable.ts';
import { renderBody } from '../src/core/render.ts';
import { parseSkill } from '../src/core/skill.ts';
import { CATALOG_CONFIG, catalogSkillFiles, skillText, sourceOf } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '..');

function compare(text: string, config = DEFAULT_LINT_CONFIG) {
  const source = sourceOf(text);
  const native = parseSkill(source, parseMarkdown);
  const portable = parseSkill(source, parseMarkdownPortable);
  expect(lintSkill(portable, config)).toEqual(lintSkill(native, config));
  if (native.tree && portable.tree) expect(renderBody(portable.tree)).toEqual(renderBody(native.tree));
}

describe('native and portable Markdown parsers agree', () => {
  it('on every catalog skill', () => {
    const files = catalogSkillFiles();
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const native = renderBody(parseSkill(sourceOf(text), parseMarkdown).tree!);
      const portable = renderBody(parseSkill(sourceOf(text), parseMarkdownPortable).tree!);
      expect(portable, relative(ROOT, file)).toEqual(native);
    }
  });

  it('on hostile and unusual Markdown, diagnostics included', () => {
    const fm = 'name: my-skill\ndescription: Does a thing. Use when needed.\nmetadata:\n  tags: a b';
    const bodies = [
      '# T\n\n<script>alert(1)</script>\n\n<img src=x onerror="y()">\n\n[x](javascript:alert(1))\n\n```\nno lang\n```\n\n    indented\n',
      '# T\n\n> quote\n> - [ ] task\n> - [x] done\n\n| a | b |\n|:--|--:|\n| `x` | **y** |\n\nText with trailing spaces  \nnext line\n',
      '# Ünïcode 😀\n\n## Ünïcode 😀\n\nこんにちは [link](references/a.md "title")\n\n[ref]: ../outside.md\n\n---\n\n***bold italic*** ~~strike~~ https://example.org\n',
      '* a\n  * b\n    * c\n\n1. one\n2. two\n\n<!-- skillpack-ignore-next-line raw-html: example -->\n<div>raw</div>\n',
    ];
    for (const body of bodies) {
      compare(skillText(fm, body));
      compare(skillText(fm, body).replace(/\n/g, '\r\n'));
      compare(skillText(fm, body), CATALOG_CONFIG);
    }
  });
});
