import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeControls } from '../src/core/terminal.ts';
import { bundleOf, makeTree, runCli as run, skillRecord, VALID_TRIGGERS } from './helpers.ts';

/** A window-title change, a screen clear, a carriage return, a right-to-left override, a tag character. */
const PAYLOAD = '\u001b]0;pwned\u0007\u001b[2J\r\u202Eevil\u{E0041}';
/** The same in YAML double-quoted form. */
const PAYLOAD_YAML = '\\e]0;pwned\\a\\e[2J\\r\\u202Eevil\\U000E0041';
const ESCAPED = '\\x1B]0;pwned\\x07\\x1B[2J\\x0D\\u202Eevil\\u{E0041}';

/** Anything a terminal would act on, or that would hide or reorder text. */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\u{e0000}-\u{e007f}]/u;

let root: string;
const folder = `evil${PAYLOAD}`;

beforeAll(() => {
  root = makeTree({
    [`tree/${folder}/SKILL.md`]: `---\nname: "x${PAYLOAD_YAML}"\ndescription: "Does${PAYLOAD_YAML}. Use when needed."\n---\n# T\n`,
    [`tree/${folder}/${PAYLOAD}.md`]: '# note\n',
  });
  // Names with control characters no longer load (see the runtime tests); descriptions and paths still can.
  const bundle = bundleOf([skillRecord('evil', { description: `Evil${PAYLOAD} description.\nSecond line.`, path: `tools/evil${PAYLOAD}/SKILL.md` })]);
  writeFileSync(join(root, 'evil.json'), JSON.stringify(bundle));
  mkdirSync(join(root, 'catalog/skills/tools'), { recursive: true });
  writeFileSync(join(root, 'catalog/skillpack.config.json'), JSON.stringify({ catalog: 'skills' }));
  writeFileSync(join(root, 'catalog/skills/categories.yaml'), 'tools:\n  title: Tools\n  description: Tools.\n');
  writeFileSync(join(root, 'catalog/skills/tools/.keep'), VALID_TRIGGERS);
});

describe('escapeControls', () => {
  it('shows control, bidirectional and invisible characters as escapes and leaves other text alone', () => {
    expect(escapeControls(PAYLOAD)).toBe(ESCAPED);
    expect(escapeControls('\u0085\u009b\u007f\u061c\u200b\u200d\u2066\ufeff\u2028\ud800')).toBe('\\x85\\x9B\\x7F\\u061C\\u200B\\u200D\\u2066\\uFEFF\\u2028\\uD800');
    expect(escapeControls('line\nnext\ttab')).toBe('line\\x0Anext\\x09tab');
    expect(escapeControls('line\nnext\r', { keepNewlines: true })).toBe('line\nnext\\x0D');
    expect(escapeControls('café 日本 عربى 👍 ✔')).toBe('café 日本 عربى 👍 ✔');
  });
});

describe('untrusted text reaching the terminal', () => {
  it('check (pretty) escapes file names, names and descriptions in messages', () => {
    const { code, stdout } = run(['check', 'tree'], root);
    expect(code).toBe(1);
    expect(stdout).not.toMatch(UNSAFE);
    expect(stdout).toContain(`tree/evil${ESCAPED}/SKILL.md\n`);
    expect(stdout).toMatchSnapshot();
  });

  it('check (github) escapes them and keeps every annotation on one line', () => {
    const { stdout } = run(['check', 'tree', '--format', 'github'], root);
    expect(stdout).not.toMatch(UNSAFE);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.every((line) => /^::(error|warning) file=[^,:]+(,[a-zA-Z]+=[^,:]+)*::/.test(line))).toBe(true);
    expect(stdout).toMatchSnapshot();
  });

  it('check (json) keeps the exact text', () => {
    const { stdout } = run(['check', 'tree', '--format', 'json'], root);
    const files: string[] = JSON.parse(stdout).diagnostics.map((d: { file: string }) => d.file);
    expect(files).toContain(`tree/${folder}/SKILL.md`);
  });

  it('search escapes the descriptions of a bundle', () => {
    const { code, stdout } = run(['search', 'evil', '--bundle', 'evil.json'], root);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(UNSAFE);
    expect(stdout).toMatchSnapshot();
  });

  it('prompt escapes them too, keeping line breaks', () => {
    const { code, stdout } = run(['prompt', '--bundle', 'evil.json'], root);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(UNSAFE);
    expect(stdout).toContain('Second line.');
    expect(stdout).toMatchSnapshot();
  });

  it('new escapes a hostile name in its refusal', () => {
    for (const target of [`tools/${PAYLOAD}`, `${PAYLOAD}/name`, PAYLOAD]) {
      const { code, stderr } = run(['new', target], join(root, 'catalog'));
      expect(code).toBe(2);
      expect(stderr).not.toMatch(UNSAFE);
      expect(stderr).toContain(ESCAPED);
    }
  });

  it('usage errors escape the path they quote', () => {
    const { code, stderr } = run(['check', `missing${PAYLOAD}`], root);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(UNSAFE);
    expect(stderr).toContain(`missing${ESCAPED}`);
  });
});
