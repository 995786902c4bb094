/**
 * The reference validator's test cases (agentskills/agentskills, skills-ref/tests: validator, parser
 * and prompt), restated with Skillpack's expected outcome under the `spec` preset. Where Skillpack
 * deliberately differs, the test name says "differs" and the comment says why.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/core/diagnostics.ts';
import { checkPaths } from '../src/node/pipeline.ts';
import { toPrompt } from '../src/runtime/index.ts';
import { makeTree } from './helpers.ts';

async function validate(dirName: string, skillMd: string | null, extra: Record<string, string> = {}, preset: 'spec' | 'default' = 'spec') {
  const files: Record<string, string> = { ...extra };
  if (skillMd !== null) files[`${dirName}/SKILL.md`] = skillMd;
  const root = makeTree(files);
  mkdirSync(join(root, dirName), { recursive: true });
  const result = await checkPaths({ cwd: root, paths: [join(root, dirName)], preset, compile: preset === 'default', cache: false });
  return { ...result, errors: result.diagnostics.filter((d) => d.severity === 'error'), root };
}

const messages = (errors: Diagnostic[]) => errors.map((e) => e.message).join('\n');
const skill = (frontmatter: string, body = 'Body\n') => `---\n${frontmatter}\n---\n${body}`;

describe('skills-ref validator cases', () => {
  it('valid skill', async () => {
    expect((await validate('my-skill', skill('name: my-skill\ndescription: A test skill'))).errors).toEqual([]);
  });
  it('nonexistent path is reported, not crashed on', async () => {
    const root = makeTree({});
    const result = await checkPaths({ cwd: root, paths: [join(root, 'nonexistent')], preset: 'spec' });
    expect(result.missing).toEqual([join(root, 'nonexistent')]);
  });
  it('differs: a plain file is read as a single-file skill instead of "Not a directory"', async () => {
    // Skillpack accepts `<name>.md` single-file skills, so a file path is checked as one.
    const root = makeTree({ 'file.txt': 'test' });
    const result = await checkPaths({ cwd: root, paths: [join(root, 'file.txt')], preset: 'spec' });
    expect(messages(result.diagnostics)).toMatch(/must start with YAML frontmatter/);
  });
  it('folder without SKILL.md is reported as holding no skill', async () => {
    const { missing } = await validate('my-skill', null);
    expect(missing.length).toBe(1);
  });
  it('uppercase name', async () => {
    expect(messages((await validate('MySkill', skill('name: MySkill\ndescription: A test skill'))).errors)).toMatch(/lowercase/);
  });
  it('name too long', async () => {
    const name = 'a'.repeat(70);
    expect(messages((await validate(name, skill(`name: ${name}\ndescription: A test skill`))).errors)).toMatch(/limit is 64/);
  });
  it('leading hyphen', async () => {
    expect(messages((await validate('-my-skill', skill('name: -my-skill\ndescription: A test skill'))).errors)).toMatch(/cannot start or end with a hyphen/);
  });
  it('consecutive hyphens', async () => {
    expect(messages((await validate('my--skill', skill('name: my--skill\ndescription: A test skill'))).errors)).toMatch(/consecutive hyphens/);
  });
  it('invalid characters', async () => {
    expect(messages((await validate('my_skill', skill('name: my_skill\ndescription: A test skill'))).errors)).toMatch(/invalid characters/);
  });
  it('name and folder mismatch', async () => {
    expect(messages((await validate('wrong-name', skill('name: correct-name\ndescription: A test skill'))).errors)).toMatch(/does not match its folder/);
  });
  it('unexpected fields', async () => {
    const { errors } = await validate('my-skill', skill('name: my-skill\ndescription: A test skill\nunknown_field: should not be here'));
    expect(errors.map((e) => e.rule)).toEqual(['known-fields']);
  });
  it('valid with all fields', async () => {
    expect((await validate('my-skill', skill('name: my-skill\ndescription: A test skill\nlicense: MIT\nmetadata:\n  author: Test'))).errors).toEqual([]);
  });
  it('allowed-tools as a string', async () => {
    expect((await validate('my-skill', skill('name: my-skill\ndescription: A test skill\nallowed-tools: Bash(jq:*) Bash(git:*)'))).errors).toEqual([]);
  });
  it('allowed-tools as an inline list', async () => {
    expect((await validate('my-skill', skill('name: my-skill\ndescription: A test skill\nallowed-tools: [Read, Write, Edit, Bash]'))).errors).toEqual([]);
  });
  it('allowed-tools as a block list', async () => {
    expect((await validate('my-skill', skill('name: my-skill\ndescription: A test skill\nallowed-tools:\n  - Read\n  - Bash\n  - Grep'))).errors).toEqual([]);
  });
  it('allowed-tools list items must be strings', async () => {
    const { errors } = await validate('my-skill', skill('name: my-skill\ndescription: A test skill\nallowed-tools:\n  - Read\n  - 123'));
    expect(messages(errors)).toMatch(/list items must all be strings/);
  });
  it('allowed-tools scalar of another type', async () => {
    const { errors } = await validate('my-skill', skill('name: my-skill\ndescription: A test skill\nallowed-tools: 123'));
    expect(messages(errors)).toMatch(/must be a space-separated string \(or a list of strings\)/);
  });
  it('Chinese name', async () => {
    expect((await validate('技能', skill('name: 技能\ndescription: A skill with Chinese name'))).errors).toEqual([]);
  });
  it('Russian name with hyphens', async () => {
    expect((await validate('мой-навык', skill('name: мой-навык\ndescription: A skill with Russian name'))).errors).toEqual([]);
  });
  it('Russian lowercase name', async () => {
    expect((await validate('навык', skill('name: навык\ndescription: A skill with Russian lowercase name'))).errors).toEqual([]);
  });
  it('Russian uppercase name', async () => {
    expect(messages((await validate('НАВЫК', skill('name: НАВЫК\ndescription: A skill with Russian uppercase name'))).errors)).toMatch(/lowercase/);
  });
  it('description too long', async () => {
    expect(messages((await validate('my-skill', skill(`name: my-skill\ndescription: ${'x'.repeat(1100)}`))).errors)).toMatch(/limit is 1024/);
  });
  it('valid compatibility', async () => {
    expect((await validate('my-skill', skill('name: my-skill\ndescription: A test skill\ncompatibility: Requires Python 3.11+'))).errors).toEqual([]);
  });
  it('compatibility too long', async () => {
    expect(messages((await validate('my-skill', skill(`name: my-skill\ndescription: A test skill\ncompatibility: ${'x'.repeat(550)}`))).errors)).toMatch(/limit is 500/);
  });
  it('NFKC normalization of name and folder', async () => {
    expect((await validate('café', skill('name: cafe\u0301\ndescription: A test skill'))).errors).toEqual([]);
  });
});

describe('skills-ref parser cases', () => {
  it('valid frontmatter yields fields and body', async () => {
    const result = await validate('my-skill', skill('name: my-skill\ndescription: A test skill', '# My Skill\n\nInstructions here.\n'));
    const parsed = result.skills[0]!.parsed!;
    expect(parsed.frontmatter?.data).toMatchObject({ name: 'my-skill', description: 'A test skill' });
    expect(parsed.body).toContain('# My Skill');
  });
  it('missing frontmatter', async () => {
    expect(messages((await validate('my-skill', '# No frontmatter here')).errors)).toMatch(/must start with YAML frontmatter/);
  });
  it('unclosed frontmatter', async () => {
    expect(messages((await validate('my-skill', '---\nname: my-skill\ndescription: A test skill\n')).errors)).toMatch(/not closed/);
  });
  it('invalid YAML', async () => {
    expect(messages((await validate('my-skill', skill('name: [invalid\ndescription: broken'))).errors)).toMatch(/Invalid YAML/);
  });
  it('frontmatter that is a list', async () => {
    expect(messages((await validate('my-skill', '---\n- just\n- a\n- list\n---\nBody\n')).errors)).toMatch(/must be a YAML mapping/);
  });
  it('license is read', async () => {
    const result = await validate('my-skill', skill('name: my-skill\ndescription: A test skill\nlicense: MIT'), {}, 'default');
    expect(result.skills[0]!.record!.license).toBe('MIT');
  });
  it('differs: an unquoted number in metadata is an error, not silently turned into a string', async () => {
    // The specification defines metadata as a string-to-string map; `version: 1.0` would otherwise arrive as 1.
    const { errors } = await validate('my-skill', skill('name: my-skill\ndescription: A test skill\nmetadata:\n  author: Test Author\n  version: 1.0'));
    expect(errors.map((e) => e.rule)).toEqual(['metadata-format']);
    expect(errors[0]!.message).toContain('quote it: version: "1.0"');
  });
  it('missing name', async () => {
    expect(messages((await validate('my-skill', skill('description: A test skill'))).errors)).toMatch(/Missing required field `name`/);
  });
  it('missing description', async () => {
    expect(messages((await validate('my-skill', skill('name: my-skill'))).errors)).toMatch(/Missing required field `description`/);
  });
  it('prefers SKILL.md over skill.md', async () => {
    const result = await validate('my-skill', skill('name: my-skill\ndescription: upper'), { 'my-skill/skill.md': 'lowercase' });
    expect(result.skills.map((s) => s.source.sourcePath)).toEqual(['my-skill/SKILL.md']);
  });
  it('accepts a lowercase skill.md', async () => {
    const result = await validate('my-skill', null, { 'my-skill/skill.md': skill('name: my-skill\ndescription: A test skill') });
    expect(result.skills.map((s) => s.source.sourcePath)).toEqual(['my-skill/skill.md']);
    expect(result.errors).toEqual([]);
  });
  it('allowed-tools string is kept as written', async () => {
    const result = await validate('my-skill', skill('name: my-skill\ndescription: A test skill\nallowed-tools: Bash(jq:*) Bash(git:*)'), {}, 'default');
    expect(result.skills[0]!.record!.allowedTools).toBe('Bash(jq:*) Bash(git:*)');
  });
  it('allowed-tools lists are joined with spaces', async () => {
    const inline = await validate('my-skill', skill('name: my-skill\ndescription: A test skill\nallowed-tools: [Read, Write, Bash]'), {}, 'default');
    expect(inline.skills[0]!.record!.allowedTools).toBe('Read Write Bash');
    const block = await validate('my-skill', skill('name: my-skill\ndescription: A test skill\nallowed-tools:\n  - Read\n  - Bash\n  - Grep'), {}, 'default');
    expect(block.skills[0]!.record!.allowedTools).toBe('Read Bash Grep');
  });
  it('differs: a byte order mark is skipped', async () => {
    // The reference treats a BOM as content before the fence; editors on Windows add one silently.
    expect((await validate('my-skill', `\uFEFF${skill('name: my-skill\ndescription: A test skill')}`)).errors).toEqual([]);
  });
  it('differs: CRLF line endings are read', async () => {
    expect((await validate('my-skill', skill('name: my-skill\ndescription: A test skill').replace(/\n/g, '\r\n'))).errors).toEqual([]);
  });
  it('differs: `---` inside a quoted value does not end the frontmatter', async () => {
    const result = await validate('my-skill', skill('name: my-skill\ndescription: "Handles --- separators"'));
    expect(result.errors).toEqual([]);
    expect(result.skills[0]!.parsed!.frontmatter?.data.description).toBe('Handles --- separators');
  });
});

describe('skills-ref prompt cases', () => {
  const entry = (name: string, description: string, location = `/skills/${name}/SKILL.md`) => ({ name, description, location });
  it('empty list', () => {
    expect(toPrompt([])).toBe('<available_skills>\n</available_skills>');
  });
  it('single skill', () => {
    const prompt = toPrompt([entry('my-skill', 'A test skill')]);
    expect(prompt).toContain('<name>\nmy-skill\n</name>');
    expect(prompt).toContain('<description>\nA test skill\n</description>');
    expect(prompt).toContain('<location>\n/skills/my-skill/SKILL.md\n</location>');
  });
  it('multiple skills', () => {
    const prompt = toPrompt([entry('skill-a', 'First skill'), entry('skill-b', 'Second skill')]);
    expect(prompt.match(/<skill>/g)).toHaveLength(2);
    expect(prompt.match(/<\/skill>/g)).toHaveLength(2);
  });
  it('special characters in the description are escaped', () => {
    const prompt = toPrompt([entry('special-skill', 'Use <foo> & <bar> tags')]);
    expect(prompt).toContain('&lt;foo&gt;');
    expect(prompt).toContain('&amp;');
    expect(prompt).not.toContain('<foo>');
  });
  it('special characters in the location are escaped', () => {
    const prompt = toPrompt([entry('special-location', 'x', '/tmp/special-location-&-<>/SKILL.md')]);
    expect(prompt).toContain('special-location-&amp;-&lt;&gt;');
  });
});

