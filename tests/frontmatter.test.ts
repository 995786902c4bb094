import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../src/core/text.ts';
import { at, lint, parse, skillText } from './helpers.ts';

const VALID = 'name: my-skill\ndescription: Does a thing. Use when you need the thing.';

describe('frontmatter parsing hazards', () => {
  it('reads a plain skill', () => {
    const skill = parse(skillText(VALID));
    expect(skill.frontmatter?.data).toEqual({ name: 'my-skill', description: 'Does a thing. Use when you need the thing.' });
    expect(skill.body).toBe('# Title\n\nBody text.\n');
    expect(skill.bodyLine).toBe(5);
    expect(lint(skillText(VALID))).toEqual([]);
  });

  it('accepts CRLF line endings and keeps line numbers right', () => {
    const text = skillText(VALID, '# Title\n\n[x](missing.md)\n').replace(/\n/g, '\r\n');
    const diagnostics = lint(text);
    expect(at(diagnostics, 'relative-links')).toEqual(['7:1']);
    expect(at(diagnostics, 'frontmatter-syntax')).toEqual([]);
  });

  it('ignores a byte order mark before the opening fence', () => {
    const decoded = decodeUtf8(new TextEncoder().encode(`\uFEFF${skillText(VALID)}`));
    expect(decoded.ok && decoded.hadBom).toBe(true);
    const skill = parse(decoded.ok ? decoded.text : '');
    expect(skill.frontmatter?.data.name).toBe('my-skill');
  });

  it('reports invalid UTF-8 with the position of the bad byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('---\nname: caf'), 0xe9, 0x0a]);
    const decoded = decodeUtf8(bytes);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect([decoded.line, decoded.column]).toEqual([2, 10]);
  });

  it('keeps `---` inside quoted values and block scalars', () => {
    const text = skillText('name: my-skill\ndescription: "Splits on --- markers. Use when --- appears."\ncompatibility: |\n  needs a\n  --- separator aware shell\n');
    const skill = parse(text);
    expect(skill.frontmatter?.data.description).toBe('Splits on --- markers. Use when --- appears.');
    expect(skill.frontmatter?.data.compatibility).toBe('needs a\n--- separator aware shell\n');
    expect(lint(text)).toEqual([]);
  });

  it('reads folded and literal block scalars', () => {
    const skill = parse(skillText('name: my-skill\ndescription: >\n  Folded text\n  on two lines. Use when folding.\n'));
    expect(skill.frontmatter?.data.description).toBe('Folded text on two lines. Use when folding.\n');
  });

  it('treats thematic breaks in the body as Markdown, not as fences', () => {
    const text = skillText(VALID, '# Title\n\n---\n\nMore text\n\n---\n');
    const skill = parse(text);
    expect(skill.body).toContain('More text');
    expect(skill.tree?.children.filter((node) => node.type === 'thematicBreak')).toHaveLength(2);
    expect(lint(text)).toEqual([]);
  });

  it('refuses a language tag after the opening fence and never runs JavaScript', () => {
    (globalThis as Record<string, unknown>).__skillpackPwned = false;
    const text = '---js\n{ name: (globalThis.__skillpackPwned = true, "x"), description: "y" }\n---\nBody\n';
    const diagnostics = lint(text);
    expect(at(diagnostics, 'frontmatter-syntax')).toEqual(['1:4']);
    expect(diagnostics[0]?.message).toMatch(/language tag "js"/);
    expect((globalThis as Record<string, unknown>).__skillpackPwned).toBe(false);
    const javascript = lint('---javascript\nmodule.exports = { name: "x" }\n---\n');
    expect(javascript[0]?.message).toMatch(/language tag "javascript"/);
  });

  it('rejects duplicate keys at the second key', () => {
    expect(at(lint(skillText('name: my-skill\ndescription: A. Use when B.\nname: other')), 'frontmatter-syntax')).toEqual(['4:1']);
  });

  it('rejects anchors and aliases (no billion laughs)', () => {
    const text = skillText('name: my-skill\ndescription: &d A. Use when B.\nlicense: *d');
    const diagnostics = at(lint(text), 'frontmatter-syntax');
    expect(diagnostics).toContain('3:14');
    expect(diagnostics).toContain('4:10');
  });

  it('rejects custom YAML tags', () => {
    const diagnostics = lint(skillText('name: my-skill\ndescription: !!js/function "function () {}"'));
    expect(at(diagnostics, 'frontmatter-syntax').length).toBeGreaterThan(0);
  });

  it('reports YAML syntax errors in file coordinates', () => {
    expect(at(lint(skillText('name: [invalid\ndescription: broken')), 'frontmatter-syntax')[0]).toMatch(/^[23]:/);
  });

  it('requires frontmatter at byte 0', () => {
    expect(at(lint(`\n${skillText(VALID)}`), 'frontmatter-syntax')).toEqual(['2:1']);
    expect(lint('# No frontmatter\n')[0]?.message).toMatch(/must start with YAML frontmatter/);
  });

  it('reports unclosed frontmatter', () => {
    const diagnostics = lint('---\nname: my-skill\ndescription: x\n');
    expect(diagnostics[0]?.message).toMatch(/not closed/);
  });

  it('reports a mapping that is not a mapping', () => {
    expect(lint('---\n- just\n- a list\n---\nBody\n')[0]?.message).toMatch(/must be a YAML mapping/);
  });

  it('reports an empty file and empty frontmatter', () => {
    expect(lint('')[0]?.message).toMatch(/empty/);
    expect(lint('---\n---\nBody\n').map((d) => d.rule)).toEqual(expect.arrayContaining(['frontmatter-syntax']));
  });

  it('flags a line starting with `---` that other front-matter readers would take as the closing fence', () => {
    const diagnostics = lint('---\nname: my-skill\ndescription: "a\n----b"\n---\nBody\n');
    expect(diagnostics.some((d) => d.rule === 'frontmatter-syntax')).toBe(true);
  });
});
